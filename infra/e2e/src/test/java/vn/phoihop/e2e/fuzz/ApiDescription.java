package vn.phoihop.e2e.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every operation a board publishes at {@code /v3/api-docs}, with the body schemas' references resolved. */
final class ApiDescription {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Deep enough for every request record of the boards; a cycle in the schemas stops here. */
    private static final int DEPTH = 8;

    private final JsonNode schemas;

    private ApiDescription(JsonNode document) {
        this.schemas = document.path("components").path("schemas");
    }

    static List<Operation> of(String board, URI base) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(base.resolve("/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode document = JSON.readTree(response.body());
        ApiDescription description = new ApiDescription(document);
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                operations.add(description.operation(board, path.getKey(), method.getKey(), method.getValue()));
            }
        }
        return operations;
    }

    private Operation operation(String board, String path, String method, JsonNode operation) {
        List<Operation.Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            parameters.add(new Operation.Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                    resolve(parameter.path("schema"), 0)));
        }
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode body = content.isMissingNode() || content.isEmpty() ? null
                : resolve(content.elements().next().path("schema"), 0);
        return new Operation(board, method.toUpperCase(Locale.ROOT), path, parameters, body);
    }

    private JsonNode resolve(JsonNode schema, int depth) {
        if (depth > DEPTH) {
            return JSON.createObjectNode();
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return resolve(schemas.path(name), depth + 1);
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode resolved = schema.deepCopy();
        if (schema.has("properties")) {
            ObjectNode properties = resolved.putObject("properties");
            schema.get("properties").properties()
                .forEach(property -> properties.set(property.getKey(), resolve(property.getValue(), depth + 1)));
        }
        if (schema.has("items")) {
            resolved.set("items", resolve(schema.get("items"), depth + 1));
        }
        return resolved;
    }

}
