package vn.phoihop.messaging;

import java.time.Duration;

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

class RelayRecoveryIT {

    static final TestService SERVICE = TestService.producing("recovery");

    static final TestKafka KAFKA = new TestKafka(RealServers.kafkaBootstrapServers());

    @AfterAll
    static void closeKafka() {
        KAFKA.close();
    }

    @Test
    void publishesAWriteACrashLeftBehindExactlyOnceWhenTheRelayIsBack() {
        // the service has run before, so its replication slot exists
        start(SERVICE).close();
        ConsultationRequested pending;
        try (ConfigurableApplicationContext crashed = start(SERVICE, "--phoihop.messaging.relay.enabled=false")) {
            pending = append(crashed, "pending");

            assertThat(relayHealth(crashed)).containsEntry("role", "disabled");
            Awaitility.await()
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> KAFKA.readAll(SERVICE.outboundTopic()).isEmpty());
        }

        try (ConfigurableApplicationContext recovered = start(SERVICE)) {
            awaitPublished(KAFKA, SERVICE.outboundTopic(), pending);
        }
        try (ConfigurableApplicationContext restarted = start(SERVICE,
                "--phoihop.messaging.relay.drop-slot-on-stop=true")) {
            ConsultationRequested later = append(restarted, "later");
            awaitPublished(KAFKA, SERVICE.outboundTopic(), later);
        }

        assertThat(timesPublished(KAFKA, SERVICE.outboundTopic(), pending)).isOne();
    }

}
