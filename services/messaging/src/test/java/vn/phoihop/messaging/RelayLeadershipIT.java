package vn.phoihop.messaging;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.testing.RealServers;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.messaging.TestContexts.append;
import static vn.phoihop.messaging.TestContexts.awaitPublished;
import static vn.phoihop.messaging.TestContexts.relayHealth;
import static vn.phoihop.messaging.TestContexts.start;
import static vn.phoihop.messaging.TestContexts.timesPublished;

class RelayLeadershipIT {

    static final TestKafka KAFKA = new TestKafka(RealServers.kafkaBootstrapServers());

    @AfterAll
    static void closeKafka() {
        KAFKA.close();
    }

    @Test
    void oneInstanceRelaysAndAStandbyTakesOverWhenTheLeaderStops() {
        TestService service = TestService.producing("leadership");
        ConfigurableApplicationContext first = start(service);
        try (ConfigurableApplicationContext second = start(service,
                "--phoihop.messaging.relay.drop-slot-on-stop=true")) {
            ConsultationRequested beforeTakeover;
            try {
                assertThat(List.of(relayHealth(first).get("role"), relayHealth(second).get("role")))
                    .containsExactly("leader", "standby");
                assertThat(relayHealth(second)).containsEntry("engine", "not_running");
                beforeTakeover = append(second, "written-on-the-standby");
                awaitPublished(KAFKA, service.outboundTopic(), beforeTakeover);
            }
            finally {
                first.close();
            }
            ConsultationRequested whileNobodyLeads = append(second, "written-between-leaders");

            Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> relayHealth(second).get("engine").equals("streaming"));
            assertThat(relayHealth(second)).containsEntry("role", "leader");
            awaitPublished(KAFKA, service.outboundTopic(), whileNobodyLeads);
            assertThat(timesPublished(KAFKA, service.outboundTopic(), beforeTakeover)).isOne();
        }
    }

    @Test
    void aLeaderWhoseLockSessionDiesStepsDownAndOneInstanceLeadsAgain() throws SQLException {
        TestService service = TestService.producing("lost_lock");
        try (ConfigurableApplicationContext first = start(service);
                ConfigurableApplicationContext second = start(service)) {
            int lostSession = terminateLeadershipSession(service);

            Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> leadershipSession(service) != lostSession && streamingLeaders(first, second) == 1);
            ConsultationRequested afterwards = append(first, "after-the-lost-lock");
            awaitPublished(KAFKA, service.outboundTopic(), afterwards);
            assertThat(List.of(relayHealth(first).get("role"), relayHealth(second).get("role")))
                .containsExactlyInAnyOrder("leader", "standby");
        }
        service.dropReplicationSlots();
    }

    private static long streamingLeaders(ConfigurableApplicationContext... instances) {
        return List.of(instances)
            .stream()
            .map(TestContexts::relayHealth)
            .filter((health) -> health.get("role").equals("leader") && health.get("engine").equals("streaming"))
            .count();
    }

    private static int terminateLeadershipSession(TestService service) throws SQLException {
        int session = leadershipSession(service);
        query(service, "select pg_terminate_backend(" + session + ")");
        return session;
    }

    /** The backend holding the advisory lock, 0 when none does. */
    private static int leadershipSession(TestService service) throws SQLException {
        return ((Number) query(service, """
                select coalesce(max(pid), 0) from pg_locks
                where locktype = 'advisory' and granted and database = (
                    select oid from pg_database where datname = current_database())""").get("result")).intValue();
    }

    private static Map<String, Object> query(TestService service, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(service.database().jdbcUrl(),
                service.database().username(), service.database().password());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return Map.of("result", result.getObject(1));
        }
    }

}
