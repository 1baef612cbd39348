package org.doorway.admin;

import org.doorway.catalogue.Tool;
import org.doorway.catalogue.ToolCodec;

/**
 * A short fingerprint of a catalogue entry as stored. The edit form carries
 * the version it was made from; a save whose version no longer matches was
 * overtaken by someone else's and is refused rather than overwriting it.
 */
public final class EntryVersion {
    private EntryVersion() {}

    public static String of(Tool tool) {
        return SecretTokens.hash(ToolCodec.toTree(tool).toString()).substring(0, 16);
    }
}
