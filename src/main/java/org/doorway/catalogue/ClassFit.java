package org.doorway.catalogue;

import java.util.Set;

/** The class sizes (inclusive bounds) and teaching modes a tool suits. */
public record ClassFit(int minSize, int maxSize, Set<TeachingMode> modes) {
    public ClassFit {
        modes = Set.copyOf(modes);
    }

    public boolean suits(int size) {
        return size >= minSize && size <= maxSize;
    }
}
