package org.doorway.catalogue;

import java.util.EnumSet;
import java.util.Set;

/** The class sizes (inclusive bounds) and teaching modes a tool suits. */
public record ClassFit(int minSize, int maxSize, Set<TeachingMode> modes) {

    /** What an entry without a {@code class-fit} block means: any size, any mode. */
    public static final ClassFit ANY = new ClassFit(1, Integer.MAX_VALUE, EnumSet.allOf(TeachingMode.class));

    public ClassFit {
        modes = Set.copyOf(modes);
    }

    public boolean suits(int size) {
        return size >= minSize && size <= maxSize;
    }

    public boolean suits(TeachingMode mode) {
        return modes.contains(mode);
    }
}
