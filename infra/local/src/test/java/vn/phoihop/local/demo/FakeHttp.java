package vn.phoihop.local.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The plumbing of the fake boards: one in-process HTTP server, demo users, JSON in and out, refusals as Problems. */
final class FakeHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A request as a handler sees it; {@code user} is null when the credentials are wrong. */
    record Request(String method, List<String> path, Map<String, String> query, String user, JsonNode body) {

        String text(String field) {
            JsonNode node = body.path(field);
            if (!node.isString() || node.asString().isBlank()) {
                throw new Refusal(400, "proposal-fields", field + " is required");
            }
            return node.asString();
        }
    }

    record Response(int status, Object body, String location) {

        static Response ok(Object body) {
            return new Response(200, body, null);
        }
    }

    /** A refusal of the contract: the status and the rule, as the boards' Problem Details carry them. */
    static final class Refusal extends RuntimeException {

        final int status;
        final String rule;

        Refusal(int status, String rule, String detail) {
            super(detail);
            this.status = status;
            this.rule = rule;
        }
    }

    private FakeHttp() {
    }

    static HttpServer serve(Function<Request, Response> handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", exchange -> handle(exchange, handler));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void handle(HttpExchange exchange, Function<Request, Response> handler) throws IOException {
        Response response;
        try {
            response = handler.apply(request(exchange));
        } catch (Refusal refusal) {
            response = new Response(refusal.status, Map.of("rule", refusal.rule, "detail", refusal.getMessage()), null);
        } catch (RuntimeException e) {
            response = new Response(500, Map.of("detail", String.valueOf(e)), null);
        }
        byte[] bytes = response.body() == null ? new byte[0] : JSON.writeValueAsBytes(response.body());
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (response.location() != null) {
            exchange.getResponseHeaders().add("Location", response.location());
        }
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Request request(HttpExchange exchange) throws IOException {
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode body = raw.isBlank() ? JSON.createObjectNode() : JSON.readTree(raw);
        List<String> path = List.of(exchange.getRequestURI().getPath().substring(1).split("/"));
        Map<String, String> query = new HashMap<>();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                String[] nameValue = pair.split("=", 2);
                query.put(nameValue[0],
                        URLDecoder.decode(nameValue.length > 1 ? nameValue[1] : "", StandardCharsets.UTF_8));
            }
        }
        return new Request(exchange.getRequestMethod(), path, query, user(exchange), body);
    }

    /** The demo users' password is their name plus "-demo". */
    private static String user(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return null;
        }
        String[] credentials = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8)
                .split(":", 2);
        return credentials.length == 2 && credentials[1].equals(credentials[0] + "-demo") ? credentials[0] : null;
    }

    /** The contract's page: {items, page, size, totalItems, totalPages}. */
    static Map<String, Object> page(List<?> all, Map<String, String> query) {
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int size = Integer.parseInt(query.getOrDefault("size", "20"));
        if (size < 1 || size > 200) {
            throw new Refusal(400, "page-size", "size must be 1 to 200");
        }
        List<?> items = all.subList(Math.min(all.size(), page * size), Math.min(all.size(), (page + 1) * size));
        return Map.of("items", items, "page", page, "size", size, "totalItems", all.size(),
                "totalPages", (all.size() + size - 1) / size);
    }
}
