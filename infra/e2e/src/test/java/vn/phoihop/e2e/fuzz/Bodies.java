package vn.phoihop.e2e.fuzz;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.phoihop.e2e.CaseRequests;

/**
 * Request bodies: well-formed ones built from the schema or taken from the journeys' valid requests, each with one
 * value mutated so that most get past JSON parsing into validation and the domain, and malformed ones that do not.
 */
final class Bodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The journeys' valid bodies by the end of the operation's path: the domain's happy path to mutate from. */
    private static final Map<String, String> VALID = Map.ofEntries(Map.entry("/api/cases", CaseRequests.APPOINTMENT),
            Map.entry("/amendment", CaseRequests.AMENDMENT), Map.entry("/review", CaseRequests.REVIEW),
            Map.entry("/opinion", CaseRequests.OPINION_AGREED), Map.entry("/information", CaseRequests.INFORMATION),
            Map.entry("/decision-meeting", CaseRequests.DECISION_MEETING),
            Map.entry("/decision", CaseRequests.DECISION),
            Map.entry("/upward-submission", CaseRequests.UPWARD_SUBMISSION),
            Map.entry("/higher-decision", CaseRequests.HIGHER_DECISION),
            Map.entry("/{unitCode}", "{\"memberId\":\"UV-03\"}"), Map.entry("/{memberId}",
                    "{\"fullName\":\"Ủy viên 3\",\"cadreId\":\"CB-103\",\"title\":\"Ủy viên\",\"active\":true}"));

    private final Random random;

    Bodies(Random random) {
        this.random = random;
    }

    /** @return the body and what it tries */
    Body of(Operation operation) {
        int pick = random.nextInt(100);
        if (pick < 55) {
            JsonNode valid = valid(operation);
            String mutated = pick < 10 ? "valid" : mutate(valid);
            return new Body(bytes(valid), "application/json", mutated);
        }
        if (pick < 80) {
            return malformed();
        }
        JsonNode valid = valid(operation);
        return new Body(bytes(valid), oddContentType(), "a valid body under an odd content type");
    }

    private JsonNode valid(Operation operation) {
        String known = VALID.entrySet()
            .stream()
            .filter(entry -> operation.path().endsWith(entry.getKey()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(null);
        if (known != null && random.nextBoolean()) {
            try {
                return JSON.readTree(known);
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return operation.body() == null ? NODES.objectNode() : Samples.of(operation.body(), random);
    }

    /** Changes one value anywhere in the tree; returns what it did. */
    private String mutate(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, "$", slots);
        if (slots.isEmpty()) {
            return "an empty object";
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        JsonNode replacement = switch (random.nextInt(14)) {
            case 0 -> null;
            case 1 -> NODES.nullNode();
            case 2 -> NODES.numberNode(random.nextInt(2) == 0 ? -1 : Long.MAX_VALUE);
            case 3 -> NODES.textNode("");
            case 4 -> NODES.textNode("x".repeat(1 + random.nextInt(70_000)));
            case 5 -> NODES.textNode("Nguyễn 🙂 \u0000 \u202E <script> ' OR 1=1 --");
            case 6 -> NODES.booleanNode(true);
            case 7 -> NODES.arrayNode().add(1).add("two");
            case 8 -> NODES.objectNode().put("unexpected", 1);
            case 9 -> NODES.textNode("2026-02-30");
            case 10 -> NODES.textNode(UUID.randomUUID().toString());
            case 11 -> NODES.numberNode(new BigDecimal("1e400"));
            case 12 -> NODES.textNode("UV-0" + random.nextInt(10));
            default -> NODES.numberNode(random.nextInt(20) - 5);
        };
        slot.set.accept(replacement);
        if (root instanceof ObjectNode object && random.nextInt(5) == 0) {
            object.put("extraField" + random.nextInt(3), "extra");
        }
        return (replacement == null ? "removed " : "replaced ") + slot.path;
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String at = path + "." + name;
                slots.add(new Slot(at, value -> {
                    if (value == null) {
                        object.remove(name);
                    }
                    else {
                        object.set(name, value);
                    }
                }));
                collect(object.get(name), at, slots);
            }
        }
        else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                String at = path + "[" + i + "]";
                slots.add(new Slot(at, value -> array.set(index, value == null ? NODES.nullNode() : value)));
                collect(array.get(i), at, slots);
            }
        }
    }

    private Body malformed() {
        return switch (random.nextInt(10)) {
            case 0 -> new Body(null, "application/json", "no body");
            case 1 -> new Body(new byte[0], "application/json", "an empty body");
            case 2 -> new Body(utf8("{\"kind\":\"APPOINTMENT\",\"subject\":{"), "application/json", "truncated JSON");
            case 3 -> new Body(utf8("[".repeat(1 + random.nextInt(5000))), "application/json", "deep nesting");
            case 4 -> new Body(utf8("{\"a\":".repeat(3000) + "1" + "}".repeat(3000)), "application/json",
                    "deep objects");
            case 5 -> new Body(new byte[] { '{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"',
                    '}' }, "application/json", "invalid UTF-8");
            case 6 -> new Body(utf8("null"), "application/json", "null");
            case 7 -> new Body(utf8("{\"text\":\"" + "y".repeat(300 * 1024) + "\"}"), "application/json",
                    "a body over the size limit");
            case 8 -> new Body(utf8("<case/>"), "application/xml", "XML");
            default -> new Body(randomBytes(), "application/json", "random bytes");
        };
    }

    private String oddContentType() {
        String[] types = { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
                "application/json; charset=bogus", "application/octet-stream", "application/json;;;", "*/*",
                "application/merge-patch+json" };
        return types[random.nextInt(types.length)];
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(2048)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    record Body(byte[] bytes, String contentType, String trying) {
    }

    private record Slot(String path, Consumer<JsonNode> set) {
    }

}
