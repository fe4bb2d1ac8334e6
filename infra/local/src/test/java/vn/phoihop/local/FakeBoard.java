package vn.phoihop.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A board process that already holds a case from an earlier run: health, and the contract's paginated case list
 * behind the clerk's Basic credentials. The stack asks it whether to seed and, as it has a case, leaves it be.
 * Runs as a {@code java -jar} process for {@link LocalStackIT}.
 */
public final class FakeBoard {

    static final String CLERK = "Basic Y2xlcms6Y2xlcmstZGVtbw==";
    private static final String ONE_CASE = """
            {"items":[{"caseId":"0b8a3c52-2f7e-4b8e-9d0a-5f1c2e3d4a5b","status":"DECIDED","proposalVersion":1}],\
            "page":0,"size":1,"totalItems":1,"totalPages":1}""";

    private FakeBoard() {
    }

    public static void main(String[] args) throws IOException {
        int port = List.of(args).stream().filter(argument -> argument.startsWith("--server.port="))
                .map(argument -> Integer.parseInt(argument.substring("--server.port=".length())))
                .findFirst().orElseThrow();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/actuator/health", exchange -> answer(exchange, 200, "{\"status\":\"UP\"}"));
        server.createContext("/api/cases", exchange -> {
            boolean list = exchange.getRequestMethod().equals("GET")
                    && exchange.getRequestURI().getPath().equals("/api/cases");
            if (!CLERK.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "");
            } else {
                answer(exchange, list ? 200 : 404, list ? ONE_CASE : "");
            }
        });
        server.start();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
