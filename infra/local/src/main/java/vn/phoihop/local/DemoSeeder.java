package vn.phoihop.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/** Enters the demo cases through the cadre board's REST API, as the clerk, so they travel the real path. */
final class DemoSeeder {

    private static final String CLERK = "clerk:clerk-demo";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI cadreBoard;
    private final JsonMapper json = JsonMapper.builder().build();

    DemoSeeder(HttpClient http, URI cadreBoard) {
        this.http = http;
        this.cadreBoard = cadreBoard;
    }

    /** Returns the cases it entered: none when the board already has cases, as after a restart. */
    List<DemoCase> seedIfEmpty(List<DemoCase> cases) {
        if (!json.readTree(send(request("/api/cases").GET(), 200).body()).isEmpty()) {
            return List.of();
        }
        for (DemoCase demoCase : cases) {
            HttpResponse<String> created = send(request("/api/cases")
                    .POST(BodyPublishers.ofString(json.writeValueAsString(demoCase.body()))), 201);
            if (demoCase.submitted()) {
                URI location = cadreBoard.resolve(created.headers().firstValue("Location").orElseThrow(
                        () -> new IllegalStateException("POST /api/cases answered 201 without a Location")));
                send(request(location.getPath() + "/submission").POST(BodyPublishers.noBody()), 200);
            }
        }
        return cases;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(cadreBoard.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        CLERK.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder builder, int expectedStatus) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException("Seeding demo data: " + request.method() + " " + request.uri()
                        + " answered " + response.statusCode() + " instead of " + expectedStatus + ": "
                        + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("Seeding demo data: " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while seeding demo data", e);
        }
    }
}
