package vn.phoihop.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Bodies the REST fuzzer found answered with 500: each is the client's mistake and refused as such. */
@SpringBootTest(classes = LimitedApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "phoihop.security.users[0].name=clerk",
        "phoihop.security.users[0].password={noop}clerk-demo", "phoihop.security.users[0].roles[0]=SECRETARIAT" })
@AutoConfigureMockMvc
class UnreadableBodiesTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @BeforeEach
    void countFromZero() {
        LimitedApplication.executed.set(0);
    }

    @Test
    void refusesTextThatPostgresCannotStoreNamingTheField() throws Exception {
        mvc.perform(post("/api/notes").with(httpBasic("clerk", "clerk-demo"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"text\":\"Nguy\\u0000n\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors[0].field").value("text"));
        assertThat(LimitedApplication.executed).hasValue(0);
    }

    /** On Tomcat: MockMvc's request hands Spring the header in a form that never meets the wildcard check. */
    @Test
    void refusesAWildcardContentTypeAsUnsupported() throws Exception {
        for (String wildcard : new String[] { "*/*", "application/*" }) {
            HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/notes"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("clerk:clerk-demo".getBytes()))
                    .header("Content-Type", wildcard)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hello\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(wildcard).isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(LimitedApplication.executed).hasValue(0);
    }

}
