package org.doorway.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One mutation of a well-formed JSON request, for fuzzing a platform
 * endpoint: a field removed, nulled, given the wrong type, made huge or
 * deeply nested, or the whole body cut short or replaced by noise. Says
 * whether it broke one of the {@code essential} paths (dotted, array indexes
 * as numbers), after which nothing may be recorded for the request.
 */
public final class JsonFuzz {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DEEP = "__nested_here__";

    /** The kinds of damage done. */
    public enum Mutation { REMOVE, NULL, WRONG_TYPE, HUGE_STRING, DEEP_NESTING, UNKNOWN_ACTION, TRUNCATE, NOISE }

    /** A mutated body, whether it broke an essential path, and a short description for failure messages. */
    public record Mutated(String body, boolean breaksEssential, String what) {}

    private JsonFuzz() {}

    /**
     * Applies {@code mutation} to the path {@code where} picks among all paths
     * of {@code json}; {@code variant} and {@code noise} vary it.
     * {@code UNKNOWN_ACTION} is applied by {@code unknownAction}, or changes nothing when it is null.
     */
    public static Mutated mutate(String json, Set<String> essential, Mutation mutation, int where, int variant,
            String noise, java.util.function.UnaryOperator<ObjectNode> unknownAction) {
        ObjectNode payload = (ObjectNode) read(json);
        List<String> paths = new ArrayList<>();
        collect(payload, "", paths);
        String path = paths.get(where % paths.size());
        boolean isEssential = essential.contains(path);
        boolean breaks = switch (mutation) {
            case REMOVE, NULL, DEEP_NESTING -> isEssential;
            case WRONG_TYPE -> isEssential && !coercible(at(payload, path), variant);
            case HUGE_STRING -> isEssential && !at(payload, path).isTextual();
            case UNKNOWN_ACTION -> unknownAction != null;
            case TRUNCATE, NOISE -> true;
        };
        String body = switch (mutation) {
            case REMOVE -> remove(payload, path).toString();
            case NULL -> replace(payload, path, NODES.nullNode()).toString();
            case WRONG_TYPE -> replace(payload, path, wrongType(at(payload, path), variant, noise)).toString();
            case HUGE_STRING -> replace(payload, path, NODES.textNode("x".repeat(50_000 + where * 10))).toString();
            case DEEP_NESTING -> replace(payload, path, NODES.textNode(DEEP)).toString()
                    .replace("\"" + DEEP + "\"", nested(variant % 2 == 0 ? 200 : 1_500));
            case UNKNOWN_ACTION -> (unknownAction == null ? payload : unknownAction.apply(payload)).toString();
            case TRUNCATE -> payload.toString().substring(0, Math.max(1, payload.toString().length() * (where % 100)
                    / 100));
            case NOISE -> noise;
        };
        boolean wholeBody = mutation == Mutation.TRUNCATE || mutation == Mutation.NOISE;
        return new Mutated(body, breaks, mutation + " at " + (wholeBody ? "the body" : path));
    }

    /** Gson reads a number or a boolean where text is expected as that text: such a value is still usable. */
    private static boolean coercible(JsonNode original, int variant) {
        return original.isTextual() && variant % 4 >= 2;
    }

    private static JsonNode wrongType(JsonNode original, int variant, String noise) {
        if (original.isTextual()) {
            return switch (variant % 4) {
                case 0 -> NODES.objectNode().put("text", noise);
                case 1 -> NODES.arrayNode().add(noise);
                case 2 -> NODES.numberNode(variant * 1_000_003L);
                default -> NODES.booleanNode(true);
            };
        }
        if (original.isObject()) {
            return variant % 2 == 0 ? NODES.textNode(noise) : NODES.arrayNode().add(NODES.objectNode());
        }
        if (original.isArray()) {
            return variant % 2 == 0 ? NODES.objectNode() : NODES.textNode(noise);
        }
        return variant % 2 == 0 ? NODES.objectNode() : NODES.arrayNode();
    }

    /** Written by hand: Jackson refuses to write more than 1,000 levels, and Slack's parser must meet more. */
    private static String nested(int depth) {
        return "[".repeat(depth) + "\"deep\"" + "]".repeat(depth);
    }

    private static void collect(JsonNode node, String prefix, List<String> paths) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                String path = prefix.isEmpty() ? name : prefix + "." + name;
                paths.add(path);
                collect(node.get(name), path, paths);
            });
        } else if (node.isArray()) {
            for (int index = 0; index < node.size(); index++) {
                String path = prefix + "." + index;
                paths.add(path);
                collect(node.get(index), path, paths);
            }
        }
    }

    static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.split("\\.")) {
            node = node.isArray() ? node.path(Integer.parseInt(step)) : node.path(step);
        }
        return node;
    }

    private static ObjectNode remove(ObjectNode root, String path) {
        JsonNode parent = parent(root, path);
        String last = path.substring(path.lastIndexOf('.') + 1);
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
        }
        return root;
    }

    private static ObjectNode replace(ObjectNode root, String path, JsonNode value) {
        JsonNode parent = parent(root, path);
        String last = path.substring(path.lastIndexOf('.') + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return root;
    }

    private static JsonNode parent(JsonNode root, String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? root : at(root, path.substring(0, dot));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

}
