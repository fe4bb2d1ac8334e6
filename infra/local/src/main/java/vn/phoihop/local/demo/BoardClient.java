package vn.phoihop.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One board's REST API as a demo user calls it, with HTTP Basic. Any answer but 2xx stops the seeding with the
 * request, the status and the board's body, so a refusal can be read in the console.
 */
final class BoardClient {

    /** Lists are read in pages of the contract's largest size. */
    static final int PAGE_SIZE = 200;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int SHOWN_BODY = 800;

    /** A demo user: the password is the name plus "-demo". */
    record User(String name) {

        String authorization() {
            return "Basic " + Base64.getEncoder()
                    .encodeToString((name + ":" + name + "-demo").getBytes(StandardCharsets.UTF_8));
        }
    }

    private final HttpClient http;
    private final String board;
    private final URI base;
    private final JsonMapper json = JsonMapper.builder().build();

    BoardClient(HttpClient http, String board, URI base) {
        this.http = http;
        this.board = board;
        this.base = base;
    }

    URI uri(String pathAndQuery) {
        return base.resolve(pathAndQuery);
    }

    JsonNode get(User user, String pathAndQuery) {
        return json.readTree(send(user, request(pathAndQuery).GET(), null).body());
    }

    /** Every item of a paginated list; {@code query} without page and size, may be empty. */
    List<JsonNode> list(User user, String path, String query) {
        List<JsonNode> items = new ArrayList<>();
        int totalPages = 1;
        for (int page = 0; page < totalPages; page++) {
            JsonNode answer = get(user, path + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + page
                    + "&size=" + PAGE_SIZE);
            answer.path("items").forEach(items::add);
            totalPages = answer.path("totalPages").asInt(1);
        }
        return items;
    }

    HttpResponse<String> post(User user, String path, Object body) {
        String text = body == null ? "" : json.writeValueAsString(body);
        return send(user, request(path).POST(BodyPublishers.ofString(text, StandardCharsets.UTF_8)), text);
    }

    void put(User user, String path, Object body) {
        String text = json.writeValueAsString(body);
        send(user, request(path).PUT(BodyPublishers.ofString(text, StandardCharsets.UTF_8)), text);
    }

    JsonNode read(HttpResponse<String> response) {
        return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(User user, HttpRequest.Builder builder, String sent) {
        HttpRequest request = builder.header("Authorization", user.authorization()).build();
        String what = request.method() + " " + request.uri() + " as " + user.name();
        try {
            HttpResponse<String> response = http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("The " + board + " refused " + what + ": " + response.statusCode()
                        + "\n  sent:     " + shorten(sent) + "\n  answered: " + shorten(response.body()));
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("The " + board + " could not be reached: " + what + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + what, e);
        }
    }

    private static String shorten(String text) {
        if (text == null || text.isEmpty()) {
            return "(nothing)";
        }
        return text.length() <= SHOWN_BODY ? text : text.substring(0, SHOWN_BODY) + "…";
    }
}
