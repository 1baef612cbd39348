package org.doorway.catalogue;

/** Where the teaching happens. */
public enum TeachingMode {
    IN_PERSON,
    ONLINE,
    HYBRID
}
