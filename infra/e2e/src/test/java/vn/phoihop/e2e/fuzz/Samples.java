package vn.phoihop.e2e.fuzz;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A value that matches a resolved schema as far as its types, enums and formats say. */
final class Samples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Samples() {
    }

    static JsonNode of(JsonNode schema, Random random) {
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        return switch (schema.path("type").asText(schema.has("properties") ? "object" : "string")) {
            case "object" -> object(schema, random);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int items = Math.max(schema.path("minItems").asInt(0), 1 + random.nextInt(3));
                for (int i = 0; i < items; i++) {
                    array.add(of(schema.path("items"), random));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(Math.max(schema.path("minimum").asInt(0), random.nextInt(8)));
            case "number" -> NODES.numberNode(random.nextDouble() * 10);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(text(schema, random));
        };
    }

    private static ObjectNode object(JsonNode schema, Random random) {
        ObjectNode object = NODES.objectNode();
        JsonNode required = schema.path("required");
        schema.path("properties").properties().forEach(property -> {
            boolean isRequired = false;
            for (JsonNode name : required) {
                isRequired |= name.asText().equals(property.getKey());
            }
            if (isRequired || random.nextInt(10) < 7) {
                object.set(property.getKey(), of(property.getValue(), random));
            }
        });
        return object;
    }

    private static String text(JsonNode schema, Random random) {
        return switch (schema.path("format").asText("")) {
            case "date" -> LocalDate.of(2026, 1, 1).plusDays(random.nextInt(700)).toString();
            case "date-time" -> "2026-11-20T08:00:00Z";
            case "uuid" -> UUID.randomUUID().toString();
            default -> schema.has("pattern") ? "UV-0" + (1 + random.nextInt(7)) : "Mẫu " + random.nextInt(1000);
        };
    }

}
