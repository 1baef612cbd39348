package org.doorway.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.doorway.fuzz.JsonFuzz;
import org.doorway.fuzz.JsonFuzz.Mutation;

/**
 * Mutated Slack requests for fuzzing: a well-formed request of each kind
 * Doorway takes (a DM, a mention, the App Home opened, a click on a message
 * button and on the Home's, a modal submitted, the slash command), with one
 * field removed, nulled, given the wrong type, made huge or deeply nested, or
 * the whole body cut short or replaced by noise. Each request knows whether
 * it broke a field Doorway relies on: then nothing may be recorded for it.
 * Ids are fresh for every request, so the intact ones are really answered.
 */
public final class SlackFuzz {
    private static final AtomicLong IDS = new AtomicLong();

    /** One fuzzed request: its content type and body, and whether a field Doorway relies on was broken. */
    public record Fuzzed(String contentType, String body, boolean breaksEssential, String what) {
        @Override
        public String toString() {
            return what + (body.length() > 300 ? " (" + body.length() + " chars)" : ": " + body);
        }
    }

    private enum Kind { DIRECT_MESSAGE, MENTION, HOME_OPENED, CLICK, HOME_BUTTON, SUBMISSION, SLASH_COMMAND }

    private SlackFuzz() {}

    public static Arbitrary<Fuzzed> requests() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.of(Mutation.class),
                        Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 7),
                        Arbitraries.strings().ofMaxLength(40))
                .as(SlackFuzz::fuzz);
    }

    private static Fuzzed fuzz(Kind kind, Mutation mutation, int where, int variant, String noise) {
        long id = IDS.incrementAndGet();
        if (kind == Kind.SLASH_COMMAND) {
            return slashCommand(id, mutation, where, variant, noise);
        }
        boolean clickable = kind == Kind.CLICK || kind == Kind.HOME_BUTTON;
        JsonFuzz.Mutated mutated = JsonFuzz.mutate(base(kind, id), essential(kind), mutation, where, variant, noise,
                clickable ? payload -> unknownAction(payload, noise) : null);
        boolean form = kind != Kind.DIRECT_MESSAGE && kind != Kind.MENTION && kind != Kind.HOME_OPENED;
        return new Fuzzed(form ? "application/x-www-form-urlencoded" : "application/json",
                form ? "payload=" + SlackPayloads.form(mutated.body()) : mutated.body(), mutated.breaksEssential(),
                kind + " " + mutated.what());
    }

    private static Fuzzed slashCommand(long id, Mutation mutation, int where, int variant, String noise) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : SlackPayloads.slashCommand("U" + id, "C1", "my students never speak up", "trig." + id)
                .split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        List<String> names = new ArrayList<>(fields.keySet());
        String name = names.get(where % names.size());
        boolean essential = Set.of("command", "user_id", "trigger_id", "text").contains(name);
        boolean breaks = false;
        switch (mutation) {
            case REMOVE, NULL -> {
                fields.remove(name);
                breaks = essential;
            }
            case HUGE_STRING -> fields.put(name, "y".repeat(50_000 + where));
            case NOISE, WRONG_TYPE, UNKNOWN_ACTION -> fields.put(name, SlackPayloads.form(noise));
            case DEEP_NESTING -> fields.put(name, SlackPayloads.form("[".repeat(variant * 100)));
            case TRUNCATE -> { }
        }
        StringBuilder body = new StringBuilder();
        fields.forEach((field, value) -> body.append(body.length() == 0 ? "" : "&").append(field).append('=')
                .append(value));
        String text = mutation == Mutation.TRUNCATE ? body.substring(0, Math.max(1, body.length() * (where % 100) / 100))
                : body.toString();
        return new Fuzzed("application/x-www-form-urlencoded", text, breaks, "SLASH_COMMAND " + mutation + " at " + name);
    }

    private static String base(Kind kind, long id) {
        String user = "U" + id;
        String ts = "1700000000." + String.format("%06d", id % 1_000_000);
        return switch (kind) {
            case DIRECT_MESSAGE -> SlackPayloads.directMessage("EvFuzz" + id, user, "D" + id, "my class is silent");
            case MENTION -> SlackPayloads.mention("EvFuzz" + id, user, "C1", ts, "<@UBOT> quizzes for 300 students?");
            case HOME_OPENED -> SlackPayloads.homeOpened("EvFuzz" + id, user);
            case CLICK -> SlackPayloads.buttonClickJson(user, "D" + id, ts, "[]", Buttons.ACTION_PREFIX + "1",
                    "Assessment", "need:assessment", "trig." + id);
            case HOME_BUTTON -> decodedPayload(SlackPayloads.homeButton(user, AppHomeView.NEW_REQUEST, "New request",
                    "new", "trig." + id));
            case SUBMISSION -> decodedPayload(SlackPayloads.viewSubmission(user, "V" + id, NewRequestModal.CALLBACK,
                    "", "problem", "text", "students never speak"));
            case SLASH_COMMAND -> throw new IllegalArgumentException("a form, not JSON");
        };
    }

    /** The paths whose loss or wrong type leaves Doorway nothing to act on. */
    private static Set<String> essential(Kind kind) {
        return switch (kind) {
            case DIRECT_MESSAGE -> Set.of("type", "event_id", "event", "event.type", "event.channel", "event.user",
                    "event.text", "event.channel_type");
            case MENTION -> Set.of("type", "event_id", "event", "event.type", "event.channel", "event.user",
                    "event.text", "event.ts");
            case HOME_OPENED -> Set.of("type", "event_id", "event", "event.type", "event.user", "event.tab");
            case CLICK -> Set.of("type", "user", "user.id", "trigger_id", "actions", "actions.0",
                    "actions.0.action_id", "actions.0.value", "container", "container.message_ts",
                    "container.channel_id");
            case HOME_BUTTON -> Set.of("type", "user", "user.id", "trigger_id", "actions", "actions.0",
                    "actions.0.action_id");
            case SUBMISSION -> Set.of("type", "user", "user.id", "view", "view.id", "view.callback_id", "view.state",
                    "view.state.values", "view.state.values.problem", "view.state.values.problem.text",
                    "view.state.values.problem.text.value");
            case SLASH_COMMAND -> Set.of();
        };
    }

    private static ObjectNode unknownAction(ObjectNode payload, String noise) {
        JsonNode actions = payload.path("actions");
        if (actions.isArray() && actions.size() > 0 && actions.get(0).isObject()) {
            ((ObjectNode) actions.get(0)).put("action_id", "someone.else." + noise);
        }
        return payload;
    }

    private static String decodedPayload(String form) {
        return java.net.URLDecoder.decode(form.substring("payload=".length()), java.nio.charset.StandardCharsets.UTF_8);
    }
}
