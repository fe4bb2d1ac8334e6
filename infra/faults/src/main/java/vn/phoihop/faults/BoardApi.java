package vn.phoihop.faults;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A service's REST API as one user sees it through a load balancer: each request goes to one of the replicas that
 * serve at the moment, picked at random.
 */
public final class BoardApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .build();

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final String REPLAYED = "Idempotent-Replayed";

    private final List<Replica> replicas;

    private final String authorization;

    public BoardApi(List<Replica> replicas, String user, String password) {
        this.replicas = replicas;
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Reply get(String path) {
        return send(path, "GET", BodyPublishers.noBody(), null);
    }

    public Reply post(String path, String json) {
        return post(path, json, null);
    }

    /**
     * With an {@code Idempotency-Key} ({@code null} for none): sent again with the same key, the command takes
     * effect once and the service answers as it did the first time.
     */
    public Reply post(String path, String json, String idempotencyKey) {
        return send(path, "POST", json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json),
                idempotencyKey);
    }

    public Reply put(String path, String json) {
        return send(path, "PUT", BodyPublishers.ofString(json), null);
    }

    // an error page that is not JSON is still an answer, with its status
    private static JsonNode json(String text) {
        try {
            return text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
        }
        catch (JsonProcessingException ex) {
            return MissingNode.getInstance();
        }
    }

    private Reply send(String path, String method, HttpRequest.BodyPublisher body, String idempotencyKey) {
        List<Replica> serving = this.replicas.stream().filter(Replica::serving).toList();
        if (serving.isEmpty()) {
            return Reply.unanswered();
        }
        Replica replica = serving.get(ThreadLocalRandom.current().nextInt(serving.size()));
        HttpRequest.Builder request = HttpRequest.newBuilder(replica.baseUri().resolve(path))
            .header("Authorization", this.authorization)
            .header("Content-Type", "application/json")
            .timeout(REQUEST_TIMEOUT)
            .method(method, body);
        if (idempotencyKey != null) {
            request.header(IDEMPOTENCY_KEY, idempotencyKey);
        }
        try {
            var response = HTTP.send(request.build(), BodyHandlers.ofString());
            return new Reply(response.statusCode(), json(response.body()),
                    response.headers().firstValue(REPLAYED).isPresent());
        }
        catch (IOException ex) {
            return Reply.unanswered();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Reply.unanswered();
        }
    }

}
