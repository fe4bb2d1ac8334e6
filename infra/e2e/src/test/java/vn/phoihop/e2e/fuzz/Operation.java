package vn.phoihop.e2e.fuzz;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of a board's API as its OpenAPI description states it.
 *
 * @param body the request body's schema with its references resolved, or null when the operation takes none
 */
record Operation(String board, String method, String path, List<Parameter> parameters, JsonNode body) {

    String name() {
        return board + " " + method + " " + path;
    }

    record Parameter(String name, String in, JsonNode schema) {
    }

}
