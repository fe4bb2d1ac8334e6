package vn.phoihop.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * A command sent again with its {@code Idempotency-Key} takes effect once and gets the first answer; the key is the
 * user's, bound to the request it was first used for, and kept only when the command was accepted and committed.
 */
class IdempotentCommandsIT extends SharedTestService {

    private static final String COMMANDS = "/api/test-commands";

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    MockMvcTester mvc;

    String name;

    @BeforeEach
    void mvc() {
        Filter idempotent = this.context.getBean("idempotentCommands", FilterRegistrationBean.class).getFilter();
        // after security, as the service's own filter order has it
        this.mvc = MockMvcTester.from(this.context,
                (builder) -> builder.apply(springSecurity()).addFilters(idempotent).build());
        this.name = "command-" + UUID.randomUUID();
    }

    @AfterEach
    void accept() {
        TestCommands.REFUSED.remove(this.name);
    }

    @Test
    void aResendWithTheSameKeyGetsTheFirstAnswerAndActsOnce() {
        String key = UUID.randomUUID().toString();

        MvcTestResult first = send("clerk", key, this.name);
        MvcTestResult again = send("clerk", key, this.name);

        assertThat(first).hasStatus(HttpStatus.CREATED).doesNotContainHeader(IdempotentCommands.REPLAYED);
        assertThat(again).hasStatus(HttpStatus.CREATED).containsHeader(IdempotentCommands.REPLAYED);
        assertThat(again.getResponse().getContentAsByteArray())
            .isEqualTo(first.getResponse().getContentAsByteArray());
        assertThat(again.getResponse().getHeader(HttpHeaders.LOCATION))
            .isEqualTo(first.getResponse().getHeader(HttpHeaders.LOCATION))
            .isNotNull();
        assertThat(again.getResponse().getContentType()).isEqualTo(first.getResponse().getContentType());
        assertThat(rows()).isOne();
    }

    @Test
    void withoutAKeyEachSendIsANewCommand() {
        send("clerk", null, this.name);
        send("clerk", null, this.name);

        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void keysAreEachUsersOwn() {
        String key = UUID.randomUUID().toString();

        send("clerk", key, this.name);
        MvcTestResult other = send("secretary", key, this.name);

        assertThat(other).hasStatus(HttpStatus.CREATED).doesNotContainHeader(IdempotentCommands.REPLAYED);
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void aKeyUsedAgainForAnotherRequestIsRefusedAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        send("clerk", key, this.name);

        MvcTestResult reused = send("clerk", key, this.name + "-other");

        assertThat(reused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
            .bodyJson()
            .extractingPath("$.rule")
            .isEqualTo(IdempotentCommands.KEY_REUSED);
        assertThat(rows(this.name + "-other")).isZero();
    }

    @Test
    void aRefusedCommandLeavesNoKeySoSendingItAgainAsksAgain() {
        String key = UUID.randomUUID().toString();
        TestCommands.REFUSED.add(this.name);

        MvcTestResult refused = send("clerk", key, this.name);
        TestCommands.REFUSED.remove(this.name);
        MvcTestResult accepted = send("clerk", key, this.name);

        assertThat(refused).hasStatus(HttpStatus.CONFLICT);
        assertThat(accepted).hasStatus(HttpStatus.CREATED).doesNotContainHeader(IdempotentCommands.REPLAYED);
        assertThat(rows()).as("the refused command's row rolled back with it").isOne();
    }

    @Test
    void aResendWhileTheFirstStillRunsIsToldToComeBackAndChangesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        try (Connection running = this.dataSource.getConnection()) {
            running.setAutoCommit(false);
            // the transaction of a first send, stalled with its key held
            try (PreparedStatement lock = running.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, RememberedAnswers.lockId(new KeyedCommand("clerk", key, new byte[0])));
                lock.execute();
            }

            MvcTestResult resend = send("clerk", key, this.name);

            assertThat(resend).hasStatus(HttpStatus.CONFLICT)
                .containsHeader(HttpHeaders.RETRY_AFTER)
                .bodyJson()
                .extractingPath("$.rule")
                .isEqualTo(IdempotentCommands.KEY_IN_PROGRESS);
            running.rollback();
        }
        assertThat(rows()).isZero();
        assertThat(send("clerk", key, this.name)).hasStatus(HttpStatus.CREATED);
        assertThat(rows()).isOne();
    }

    @Test
    void aMalformedKeyIsRefusedWithTheHeaderNamed() {
        MvcTestResult refused = send("clerk", "has spaces", this.name);

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson()
            .extractingPath("$.errors[0].field")
            .isEqualTo(IdempotentCommands.HEADER);
        assertThat(rows()).isZero();
    }

    @Test
    void expiredAnswersAreForgotten() {
        String key = UUID.randomUUID().toString();
        send("clerk", key, this.name);
        this.jdbc.sql("update remembered_answer set created_at = now() - interval '2 days' where key = ?")
            .param(key)
            .update();

        this.context.getBean(AnswerRetention.class).forgetExpired();

        assertThat(this.jdbc.sql("select count(*) from remembered_answer where key = ?")
            .param(key)
            .query(Long.class)
            .single()).isZero();
    }

    private MvcTestResult send(String userName, String key, String commandName) {
        var request = this.mvc.post()
            .uri(COMMANDS)
            .with(user(userName))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"" + commandName + "\"}");
        return (key == null ? request : request.header(IdempotentCommands.HEADER, key)).exchange();
    }

    private long rows() {
        return rows(this.name);
    }

    private long rows(String commandName) {
        return this.jdbc.sql("select count(*) from test_command where name = ?")
            .param(commandName)
            .query(Long.class)
            .single();
    }

}
