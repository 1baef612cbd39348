package org.doorway.catalogue;

import java.util.List;
import java.util.Optional;
import org.doorway.needs.Need;

/**
 * An immutable snapshot of the whole catalogue: the needs and the tools.
 * The lookups here scan; hot paths use {@link CatalogueIndex}, built once per
 * snapshot by {@link CachedCatalogue}.
 */
public record Catalogue(List<Need> needs, List<Tool> tools) {

    public Catalogue {
        needs = List.copyOf(needs);
        tools = List.copyOf(tools);
    }

    public Optional<Need> need(String id) {
        return needs.stream().filter(need -> need.id().equals(id)).findFirst();
    }

    public Optional<Tool> tool(String id) {
        return tools.stream().filter(tool -> tool.id().equals(id)).findFirst();
    }

    public List<Tool> toolsFor(String needId) {
        return tools.stream().filter(tool -> tool.serves(needId)).toList();
    }
}
