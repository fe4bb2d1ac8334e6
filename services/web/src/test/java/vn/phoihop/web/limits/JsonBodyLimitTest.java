package vn.phoihop.web.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a real Tomcat, since a body without Content-Length (chunked) is what only a real server shows: 1 KiB is
 * allowed, the text sent is 2 KiB.
 */
@SpringBootTest(classes = LimitedApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "phoihop.limits.json-body=1KB", "phoihop.security.users[0].name=clerk",
                "phoihop.security.users[0].password={noop}clerk-demo",
                "phoihop.security.users[0].roles[0]=SECRETARIAT" })
class JsonBodyLimitTest {

    static final String OVERSIZE = "{\"text\":\"" + "x".repeat(2048) + "\"}";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void countFromZero() {
        LimitedApplication.executed.set(0);
    }

    @Test
    void refusesADeclaredOversizeBodyWithoutCallingTheController() throws Exception {
        HttpResponse<String> response = post(BodyPublishers.ofString(OVERSIZE));

        assertRefusedForSize(response);
    }

    @Test
    void refusesAChunkedOversizeBodyWithoutCallingTheController() throws Exception {
        HttpResponse<String> response = post(chunked(OVERSIZE));

        assertRefusedForSize(response);
    }

    @Test
    void passesAChunkedBodyWithinTheLimitOnToTheController() throws Exception {
        HttpResponse<String> response = post(chunked("{\"text\":\"hello\"}"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("hello");
        assertThat(LimitedApplication.executed).hasValue(1);
    }

    private void assertRefusedForSize(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":413").contains("\"rule\":\"request-size\"");
        assertThat(LimitedApplication.executed).hasValue(0);
    }

    /** A stream of unknown length, which the client sends chunked. */
    private static BodyPublisher chunked(String body) {
        return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> post(BodyPublisher body) throws Exception {
        String basic = Base64.getEncoder().encodeToString("clerk:clerk-demo".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/notes"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/json")
            .POST(body)
            .build();
        return http.send(request, BodyHandlers.ofString());
    }

}
