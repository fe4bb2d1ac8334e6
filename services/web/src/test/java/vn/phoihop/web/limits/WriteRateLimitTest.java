package vn.phoihop.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * One write per second and three at once per user: the slowest rate there is, so the test's own pace cannot refill
 * a bucket between its requests. Each test starts with fresh buckets.
 */
@SpringBootTest(classes = LimitedApplication.class, properties = { "phoihop.limits.writes-per-second=1",
        "phoihop.limits.write-burst=3", "phoihop.security.users[0].name=clerk",
        "phoihop.security.users[0].password={noop}clerk-demo", "phoihop.security.users[0].roles[0]=SECRETARIAT",
        "phoihop.security.users[1].name=clerk2", "phoihop.security.users[1].password={noop}clerk2-demo",
        "phoihop.security.users[1].roles[0]=SECRETARIAT" })
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class WriteRateLimitTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void countFromZero() {
        LimitedApplication.executed.set(0);
    }

    @Test
    void refusesAWriteBeyondTheBurstAsProblemDetailsWithRetryAfterAndExecutesNothing() throws Exception {
        for (int i = 0; i < 3; i++) {
            write("clerk").andExpect(status().isOk());
        }

        write("clerk").andExpect(status().isTooManyRequests())
            .andExpect(header().string("Retry-After", "1"))
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(429))
            .andExpect(jsonPath("$.rule").value("rate-limit"))
            .andExpect(jsonPath("$.title").value("Refused by rule rate-limit"));
        assertThat(LimitedApplication.executed).hasValue(3);
    }

    @Test
    void limitsEachUserOnItsOwn() throws Exception {
        for (int i = 0; i < 3; i++) {
            write("clerk").andExpect(status().isOk());
        }
        write("clerk").andExpect(status().isTooManyRequests());

        write("clerk2").andExpect(status().isOk());
    }

    @Test
    void neverLimitsReads() throws Exception {
        for (int i = 0; i < 4; i++) {
            write("clerk");
        }

        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/notes").with(httpBasic("clerk", "clerk-demo"))).andExpect(status().isOk());
        }
    }

    @Test
    void countsTheConsolesFormsAgainstTheSameAllowance() throws Exception {
        for (int i = 0; i < 3; i++) {
            write("clerk").andExpect(status().isOk());
        }

        mvc.perform(post("/notes").with(user("clerk").roles("SECRETARIAT")).with(csrf()))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().exists("Retry-After"));
        assertThat(LimitedApplication.executed).hasValue(3);
    }

    private ResultActions write(String user) throws Exception {
        return mvc.perform(post("/api/notes").with(httpBasic(user, user + "-demo"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"text\":\"hello\"}"));
    }

}
