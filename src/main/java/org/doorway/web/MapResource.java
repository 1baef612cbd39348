package org.doorway.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.doorway.catalogue.CatalogueSnapshot;
import org.doorway.resources.NeedMap;
import org.doorway.resources.svg.MapSvg;

/** {@code /catalogue/map.svg[?need=ID]}: the map of the whole catalogue, or of one need's tools. */
public final class MapResource implements PublicResource {
    private final MapSvg svg = new MapSvg();

    @Override
    public Made make(String path, Map<String, String> query, CatalogueSnapshot snapshot) {
        String needId = query.get("need");
        Optional<NeedMap> map = needId == null ? Optional.of(NeedMap.of(snapshot.catalogue()))
                : NeedMap.forNeed(snapshot.catalogue(), needId);
        if (map.isEmpty()) {
            return new Made.Missing("There is no need with that id; /catalogue/map.svg shows them all.");
        }
        return new Made.Found(MapSvg.MEDIA_TYPE, svg.write(map.get()).getBytes(StandardCharsets.UTF_8),
                needId == null ? "map.svg" : "map-" + needId + ".svg");
    }
}
