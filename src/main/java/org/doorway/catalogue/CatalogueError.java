package org.doorway.catalogue;

/**
 * One problem in a catalogue file: where it is, what is wrong and how to fix
 * it. {@code line} is 1-based; 0 means the file as a whole (it cannot be read,
 * or it is empty).
 */
public record CatalogueError(int line, String problem, String fix) {

    /** Reads as {@code line 42: unknown need id 'x' — did you mean 'y'? ...}. */
    @Override
    public String toString() {
        String where = line > 0 ? "line " + line + ": " : "";
        return where + problem + " — " + fix;
    }
}
