package vn.phoihop.messaging;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

class DatabaseUnavailableAdviceTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingSteps())
        .setControllerAdvice(new DatabaseUnavailableAdvice())
        .build();

    @Test
    void aDatabaseOutOfReachIs503WithRetryAfterAndSaysNothingChanged() throws Exception {
        this.mvc.perform(post("/steps/unreachable"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string("Retry-After", "5"))
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.rule").value("database-available"))
            .andExpect(jsonPath("$.detail").value(containsString("nothing was changed")));
    }

    @Test
    void aCommitCutOffSaysTheOutcomeIsUnknown() throws Exception {
        this.mvc.perform(post("/steps/cut-off"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(jsonPath("$.rule").value("database-available"))
            .andExpect(jsonPath("$.detail").value(containsString("may have been applied")));
    }

    @Test
    void aLockNotTakenInTimeIs503() throws Exception {
        this.mvc.perform(post("/steps/lock-timeout"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(jsonPath("$.detail").value(containsString("a lock could not be taken in time")));
    }

    @RestController
    static class FailingSteps {

        @PostMapping("/steps/{how}")
        void step(@PathVariable String how) {
            if (how.equals("lock-timeout")) {
                throw new UncategorizedSQLException("PreparedStatementCallback", "select last_hash from event_stream",
                        new SQLException("canceling statement due to lock timeout", "55P03"));
            }
            if (how.equals("cut-off")) {
                throw new TransactionSystemException("JDBC commit failed");
            }
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        }

    }

}
