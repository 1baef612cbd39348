package org.doorway.admin;

import java.util.List;
import java.util.Optional;

/** Every published version of every entry, append-only. Appends join the caller's transaction. Thread-safe. */
public interface Versions {
    /** The tool's versions, oldest first. */
    List<PublishedVersion> of(String toolId);

    Optional<PublishedVersion> find(String toolId, int number);

    void append(PublishedVersion version);
}
