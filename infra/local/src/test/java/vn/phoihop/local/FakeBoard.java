package vn.phoihop.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Just enough of the cadre board's REST API, per the contract, to be seeded: health, GET and POST /api/cases,
 * POST /api/cases/{id}/submission, all but health behind the clerk's Basic credentials. Runs in-process for
 * {@link DemoSeederTest} and as a {@code java -jar} process for {@link LocalStackIT}.
 */
public final class FakeBoard {

    static final String CLERK = "Basic Y2xlcms6Y2xlcmstZGVtbw==";

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> caseIds = new CopyOnWriteArrayList<>();

    private FakeBoard(HttpServer server) {
        this.server = server;
    }

    public static void main(String[] args) throws IOException {
        int port = List.of(args).stream().filter(argument -> argument.startsWith("--server.port="))
                .map(argument -> Integer.parseInt(argument.substring("--server.port=".length())))
                .findFirst().orElseThrow();
        serve(port);
    }

    static FakeBoard serve(int port) throws IOException {
        FakeBoard board = new FakeBoard(HttpServer.create(new InetSocketAddress("localhost", port), 0));
        board.server.createContext("/actuator/health", exchange -> board.answer(exchange, 200, "{\"status\":\"UP\"}"));
        board.server.createContext("/api/cases", board::cases);
        board.server.start();
        return board;
    }

    private void cases(HttpExchange exchange) throws IOException {
        String request = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        requests.add(request);
        if (!CLERK.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "");
        } else if (request.equals("GET /api/cases")) {
            answer(exchange, 200, caseIds.stream().map(id -> "{\"caseId\":\"" + id + "\"}").toList().toString());
        } else if (request.equals("POST /api/cases")) {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String caseId = UUID.randomUUID().toString();
            caseIds.add(caseId);
            exchange.getResponseHeaders().add("Location", "/api/cases/" + caseId);
            answer(exchange, 201, "{\"caseId\":\"" + caseId + "\",\"status\":\"DRAFT\"}");
        } else if (request.endsWith("/submission")) {
            answer(exchange, 200, "{\"status\":\"AWAITING_OPINION\"}");
        } else {
            answer(exchange, 404, "");
        }
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<String> requests() {
        return requests;
    }

    List<String> bodies() {
        return bodies;
    }

    void stop() {
        server.stop(0);
    }
}
