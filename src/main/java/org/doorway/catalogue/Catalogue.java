package org.doorway.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.doorway.needs.Need;

/** An immutable snapshot of the whole catalogue: the needs and the tools. */
public record Catalogue(List<Need> needs, List<Tool> tools) {

    public Catalogue {
        needs = List.copyOf(needs);
        tools = List.copyOf(tools);
    }

    public Optional<Need> need(String id) {
        return needs.stream().filter(need -> need.id().equals(id)).findFirst();
    }

    public Optional<Tool> tool(String id) {
        return Optional.ofNullable(toolsById().get(id));
    }

    public List<Tool> toolsFor(String needId) {
        return tools.stream().filter(tool -> tool.serves(needId)).toList();
    }

    private Map<String, Tool> toolsById() {
        return tools.stream().collect(Collectors.toMap(Tool::id, Function.identity()));
    }
}
