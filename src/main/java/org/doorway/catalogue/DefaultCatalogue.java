package org.doorway.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.doorway.DoorwayException;

/**
 * The example catalogue that ships with Doorway ({@code default-catalogue.yaml}
 * on the class path): real tools with example support statuses and links,
 * which an institution replaces with its own by {@code catalogue import}.
 */
public final class DefaultCatalogue {
    public static final String RESOURCE = "/org/doorway/catalogue/default-catalogue.yaml";

    private DefaultCatalogue() {}

    /** The bundled file's text. */
    public static String text() {
        try (InputStream in = DefaultCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DoorwayException(RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DoorwayException("cannot read " + RESOURCE, e);
        }
    }

    /** The bundled catalogue; an invalid bundled file is a bug and fails loudly with every error. */
    public static Catalogue load(CatalogueYaml yaml) {
        return yaml.read(text(), RESOURCE);
    }
}
