package org.doorway.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.doorway.admin.Drafting;
import org.doorway.admin.EntryVersion;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.FieldProblem;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.ToolCodec;

/**
 * {@code /tools}: read every entry or one (with its version as ETag); a PUT
 * proposes a replacement through {@link Drafting}, so it waits for a second
 * admin's review in the console exactly like an edit made there.
 */
final class ToolsApi {
    private static final String ONE = "/tools/";

    private final Supplier<Catalogue> catalogue;
    private final Drafting drafting;

    ToolsApi(Supplier<Catalogue> catalogue, Drafting drafting) {
        this.catalogue = catalogue;
        this.drafting = drafting;
    }

    boolean handle(ApiCall call) throws IOException {
        if (call.is("GET", "/tools")) {
            ArrayNode tools = ApiJson.MAPPER.createArrayNode();
            catalogue.get().tools().forEach(tool -> tools.add(withVersion(tool)));
            ObjectNode body = ApiJson.MAPPER.createObjectNode();
            body.set("tools", tools);
            call.send(200, body);
            return true;
        }
        if (!call.path().startsWith(ONE) || call.path().length() > ONE.length() + 200) {
            return false;
        }
        Optional<Tool> tool = catalogue.get().tool(call.path().substring(ONE.length()));
        if (tool.isEmpty()) {
            return false;
        }
        if (call.method().equals("GET")) {
            call.response().setHeader("ETag", "\"" + EntryVersion.of(tool.get()) + "\"");
            call.send(200, withVersion(tool.get()));
        } else if (call.method().equals("PUT")) {
            put(call, tool.get());
        } else {
            call.error(405, "method-not-allowed", "Use GET or PUT on a tool.");
        }
        return true;
    }

    private void put(ApiCall call, Tool stored) throws IOException {
        if (!call.user().role().canEditCatalogue()) {
            call.forbidden();
            return;
        }
        Optional<String> version = call.ifMatch();
        Optional<JsonNode> body = version.isEmpty() ? Optional.empty() : call.body();
        if (body.isEmpty()) {
            return;
        }
        ObjectNode entry = body.get().deepCopy();
        entry.remove("version");
        if (!entry.hasNonNull("id")) {
            entry.put("id", stored.id());
        }
        if (!entry.path("id").asText("").equals(stored.id())) {
            call.error(422, "invalid", "The id cannot be changed here: keep '" + stored.id() + "'. To rename a tool, "
                    + "export, edit and import the catalogue.");
            return;
        }
        Drafting.Outcome outcome = drafting.propose(call.user(), entry, version);
        if (outcome instanceof Drafting.Outcome.Drafted drafted) {
            ObjectNode answer = ApiJson.MAPPER.createObjectNode();
            answer.put("draft", drafted.draftId()).put("state", "waiting-for-review")
                    .put("message", "Saved as draft " + drafted.draftId() + ". Nothing Doorway suggests changes until "
                            + "another admin approves it in the console (Reviews).");
            answer.set("tool", ToolCodec.toTree(drafted.tool()));
            call.send(202, answer);
        } else if (outcome instanceof Drafting.Outcome.Unchanged unchanged) {
            call.send(200, withVersion(unchanged.tool()));
        } else if (outcome instanceof Drafting.Outcome.Invalid invalid) {
            ArrayNode problems = ApiJson.MAPPER.createArrayNode();
            for (FieldProblem problem : invalid.problems()) {
                problems.addObject().put("field", problem.field()).put("problem", problem.problem()).put("fix", problem.fix());
            }
            ObjectNode error = ApiJson.MAPPER.createObjectNode();
            error.putObject("error").put("code", "invalid").put("message", "Nothing was saved: the entry has "
                    + problems.size() + " problem(s), the same as 'catalogue validate' reports.").set("problems", problems);
            call.send(422, error);
        } else if (outcome instanceof Drafting.Outcome.Overtaken overtaken) {
            call.response().setHeader("ETag", "\"" + EntryVersion.of(overtaken.current()) + "\"");
            call.error(412, "changed-meanwhile", "Someone published a change to this entry after your GET; nothing was saved. "
                    + "GET it again and reapply your change.");
        } else if (outcome instanceof Drafting.Outcome.NotAllowed) {
            call.forbidden();
        } else {
            call.error(404, "not-found", "There is no such tool.");
        }
    }

    private static ObjectNode withVersion(Tool tool) {
        ObjectNode tree = ToolCodec.toTree(tool);
        tree.put("version", EntryVersion.of(tool));
        return tree;
    }
}
