package vn.phoihop.messaging;

import java.time.Duration;
import java.util.List;

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

    static final TestService SERVICE = TestService.producing("leadership");

    static final TestKafka KAFKA = new TestKafka(RealServers.kafkaBootstrapServers());

    @AfterAll
    static void closeKafka() {
        KAFKA.close();
    }

    @Test
    void oneInstanceRelaysAndAStandbyTakesOverWhenTheLeaderStops() {
        ConfigurableApplicationContext first = start(SERVICE);
        try (ConfigurableApplicationContext second = start(SERVICE,
                "--phoihop.messaging.relay.drop-slot-on-stop=true")) {
            ConsultationRequested beforeTakeover;
            try {
                assertThat(List.of(relayHealth(first).get("role"), relayHealth(second).get("role")))
                    .containsExactly("leader", "standby");
                assertThat(relayHealth(second)).containsEntry("engine", "not_running");
                beforeTakeover = append(second, "written-on-the-standby");
                awaitPublished(KAFKA, SERVICE.outboundTopic(), beforeTakeover);
            }
            finally {
                first.close();
            }
            ConsultationRequested whileNobodyLeads = append(second, "written-between-leaders");

            Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> relayHealth(second).get("engine").equals("streaming"));
            assertThat(relayHealth(second)).containsEntry("role", "leader");
            awaitPublished(KAFKA, SERVICE.outboundTopic(), whileNobodyLeads);
            assertThat(timesPublished(KAFKA, SERVICE.outboundTopic(), beforeTakeover)).isOne();
        }
    }

}
