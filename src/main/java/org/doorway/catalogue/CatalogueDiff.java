package org.doorway.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Works out which tools an import adds, changes and removes, by id; the lists follow file order. */
public final class CatalogueDiff {
    private CatalogueDiff() {}

    public static CatalogueChange between(List<Tool> before, List<Tool> after) {
        Map<String, Tool> old = before.stream().collect(Collectors.toMap(Tool::id, Function.identity(), (a, b) -> b));
        Map<String, Tool> next = after.stream().collect(Collectors.toMap(Tool::id, Function.identity(), (a, b) -> b));
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Tool tool : after) {
            Tool previous = old.get(tool.id());
            if (previous == null) {
                added.add(tool.id());
            } else if (!previous.equals(tool)) {
                changed.add(tool.id());
            }
        }
        List<String> removed = before.stream().map(Tool::id).filter(id -> !next.containsKey(id)).toList();
        return new CatalogueChange(added, changed, removed);
    }
}
