package vn.phoihop.web.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals the REST fuzzer found made before or outside a controller: under /api/ each is Problem Details, on a
 * real Tomcat, since MockMvc has no error dispatch. Configured as {@link UnreadableBodiesTest} to share its context.
 */
@SpringBootTest(classes = LimitedApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "phoihop.security.users[0].name=clerk", "phoihop.security.users[0].password={noop}clerk-demo",
        "phoihop.security.users[0].roles[0]=SECRETARIAT" })
@AutoConfigureMockMvc
class ApiErrorResponsesTest {

    private static final String CLERK = "Basic " + Base64.getEncoder().encodeToString("clerk:clerk-demo".getBytes());

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @BeforeEach
    void countFromZero() {
        LimitedApplication.executed.set(0);
    }

    @Test
    void refusesAMultipartBodyWithoutBoundaryAsMalformed() throws Exception {
        HttpResponse<String> response = send(request("/api/notes").header("Authorization", CLERK)
            .header("Content-Type", "multipart/form-data")
            .POST(BodyPublishers.ofString("--x\r\n\r\n--x--")));

        assertProblem(response, 400);
        assertThat(LimitedApplication.executed).hasValue(0);
    }

    @Test
    void refusesWhatTheSecurityFirewallRejectsWithProblemDetails() throws Exception {
        // an encoded slash Tomcat would refuse itself, with an HTML page, if the service did not pass it on
        for (String path : new String[] { "/api/%2e%2e/notes", "/api/notes;jsessionid=1", "/api/no%3Btes",
                "/api/no%2Ftes" }) {
            assertProblem(send(request(path).header("Authorization", CLERK).GET()), 400);
        }
    }

    @Test
    void refusesAPathWithoutOperationWithProblemDetails() throws Exception {
        assertProblem(send(request("/actuator/health").GET()), 404);
    }

    @Test
    void refusesAMethodThePathDoesNotTakeWithProblemDetailsWhateverTheAccept() throws Exception {
        for (String accept : new String[] { "application/json", "text/html", "image/png" }) {
            HttpResponse<String> response = send(
                    request("/api/notes").header("Authorization", CLERK).header("Accept", accept).DELETE());

            assertProblem(response, 405);
        }
    }

    @Test
    void refusesAQueryThatIsNotPercentEncodedUtf8WithProblemDetails() throws Exception {
        assertProblem(send(request("/api/notes?text=%E1%BB").header("Authorization", CLERK).GET()), 400);
    }

    @Test
    void keepsTheProblemDetailsBodyWhenTheAcceptHeaderCannotBeParsed() throws Exception {
        HttpResponse<String> response = send(request("/api/notes").header("Authorization", CLERK)
            .header("Accept", "application/json;q=bogus")
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString("{")));

        assertProblem(response, 400);
    }

    @Test
    void keepsTheHtmlErrorPageForTheConsole() throws Exception {
        HttpResponse<String> response = send(request("/console/nothing").header("Accept", "text/html").GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
    }

    private HttpRequest.Builder request(String target) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + target));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.uri().toString())
            .hasValue("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
    }

}
