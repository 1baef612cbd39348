package org.doorway.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The words the catalogue file uses for enum values ("not-supported",
 * "one-page", "in-person"): lower-case kebab of the constant name, so the
 * Java names can stay conventional and the file stays friendly.
 */
public final class WireNames {
    private WireNames() {}

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> of(value).equals(text)).findFirst();
    }

    public static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNames::of).toList();
    }
}
