package org.doorway.catalogue;

/** A catalogue file that cannot be read at all (missing, too big, not UTF-8, not YAML): the one error to show. */
final class Unreadable extends Exception {
    private final transient CatalogueError error;

    Unreadable(CatalogueError error) {
        super(error.toString(), null, false, false);
        this.error = error;
    }

    CatalogueError error() {
        return error;
    }
}
