package org.doorway.web;

import java.util.Map;
import org.doorway.catalogue.CatalogueSnapshot;

/**
 * One kind of public resource made from the catalogue (a guide PDF, a
 * calendar invite, the map): given the path after the route and the query,
 * the bytes to serve, or why there are none. Implementations are pure
 * functions of the snapshot, so a response can be cached for as long as the
 * catalogue's revision stays the same.
 */
@FunctionalInterface
public interface PublicResource {

    Made make(String path, Map<String, String> query, CatalogueSnapshot snapshot);

    /** What a request gets. */
    sealed interface Made {
        /** The resource; {@code fileName} is what a browser saves it as. */
        record Found(String mediaType, byte[] body, String fileName) implements Made {}

        /** 404, with a sentence saying what is missing and what to do. */
        record Missing(String message) implements Made {}
    }
}
