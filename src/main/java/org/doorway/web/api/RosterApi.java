package org.doorway.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.doorway.admin.ClosureEditing;
import org.doorway.admin.RosterEditing;
import org.doorway.handoff.Roster;
import org.doorway.handoff.Technologist;
import org.doorway.handoff.roster.RosterProblem;
import org.doorway.handoff.roster.TechnologistJson;

/**
 * {@code /roster}: the technologists (in the roster file's keys) and the
 * closure dates; add one ({@code POST /roster}), replace one
 * ({@code PUT /roster/{email}} with If-Match), through {@link RosterEditing},
 * so the checks are those of {@code roster validate}.
 */
final class RosterApi {
    private static final String ONE = "/roster/";

    private final Roster roster;
    private final RosterEditing editing;
    private final ClosureEditing closures;

    RosterApi(Roster roster, RosterEditing editing, ClosureEditing closures) {
        this.roster = roster;
        this.editing = editing;
        this.closures = closures;
    }

    boolean handle(ApiCall call) throws IOException {
        if (call.is("GET", "/roster")) {
            ObjectNode body = ApiJson.MAPPER.createObjectNode();
            ArrayNode people = body.putArray("technologists");
            roster.all().forEach(technologist -> people.add(withVersion(technologist)));
            ArrayNode closed = body.putArray("closures");
            closures.all().forEach(closure -> closed.addObject().put("id", closure.id()).put("name", closure.name())
                    .put("from", closure.from().toString()).put("to", closure.to().toString()));
            call.send(200, body);
            return true;
        }
        if (call.is("POST", "/roster")) {
            Optional<JsonNode> body = call.body();
            if (body.isPresent()) {
                answer(call, editing.add(call.user(), TechnologistJson.fields(body.get())), 201);
            }
            return true;
        }
        if (!call.path().startsWith(ONE) || call.path().length() > ONE.length() + 320) {
            return false;
        }
        String id = URLDecoder.decode(call.path().substring(ONE.length()), StandardCharsets.UTF_8);
        Optional<Technologist> stored = roster.find(id);
        if (stored.isEmpty()) {
            return false;
        }
        if (call.method().equals("GET")) {
            call.response().setHeader("ETag", "\"" + RosterEditing.version(stored.get()) + "\"");
            call.send(200, withVersion(stored.get()));
        } else if (call.method().equals("PUT")) {
            if (!RosterEditing.mayEdit(call.user(), id)) {
                call.forbidden();
                return true;
            }
            Optional<String> version = call.ifMatch();
            Optional<JsonNode> body = version.isEmpty() ? Optional.empty() : call.body();
            if (body.isPresent()) {
                answer(call, editing.update(call.user(), id, TechnologistJson.fields(body.get()), version.get()), 200);
            }
        } else {
            call.error(405, "method-not-allowed", "Use GET or PUT on a technologist.");
        }
        return true;
    }

    private static void answer(ApiCall call, RosterEditing.Outcome outcome, int created) throws IOException {
        if (outcome instanceof RosterEditing.Outcome.Saved saved) {
            call.response().setHeader("ETag", "\"" + RosterEditing.version(saved.technologist()) + "\"");
            ObjectNode body = withVersion(saved.technologist());
            body.set("warnings", problems(saved.warnings()));
            call.send(created, body);
        } else if (outcome instanceof RosterEditing.Outcome.Unchanged unchanged) {
            call.send(200, withVersion(unchanged.technologist()));
        } else if (outcome instanceof RosterEditing.Outcome.Invalid invalid) {
            ObjectNode error = ApiJson.MAPPER.createObjectNode();
            error.putObject("error").put("code", "invalid").put("message", "Nothing was saved: "
                    + invalid.problems().size() + " problem(s), the same as 'roster validate' reports.")
                    .set("problems", problems(invalid.problems()));
            call.send(422, error);
        } else if (outcome instanceof RosterEditing.Outcome.Overtaken) {
            call.error(412, "changed-meanwhile", "This technologist changed after your GET (in the console, in chat "
                    + "or by an import); nothing was saved. GET them again and reapply your change.");
        } else if (outcome instanceof RosterEditing.Outcome.NotAllowed) {
            call.forbidden();
        } else {
            call.error(404, "not-found", "There is no such technologist.");
        }
    }

    private static ArrayNode problems(List<RosterProblem> problems) {
        ArrayNode list = ApiJson.MAPPER.createArrayNode();
        problems.forEach(problem -> list.addObject().put("field", problem.field()).put("problem", problem.problem())
                .put("fix", problem.fix()));
        return list;
    }

    private static ObjectNode withVersion(Technologist technologist) {
        ObjectNode tree = TechnologistJson.toTree(technologist);
        tree.put("version", RosterEditing.version(technologist));
        return tree;
    }
}
