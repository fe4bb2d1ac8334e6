package vn.phoihop.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
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

class RelayRestartIT {

    static final TestService SERVICE = TestService.producing("restart");

    static final TestKafka KAFKA = new TestKafka(RealServers.kafkaBootstrapServers());

    @AfterAll
    static void cleanUp() {
        KAFKA.close();
        SERVICE.dropReplicationSlots();
    }

    @Test
    void reportsTheDeadEngineAndRestartsItUntilTheEventIsPublished() throws Exception {
        // the slot must outlive the dead engine, as in production, or the event would be lost with it
        try (ConfigurableApplicationContext service = start(SERVICE);
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        RealServers.kafkaBootstrapServers()))) {
            // the broker now refuses every event, which stops the engine: an event cannot be skipped
            limitMessageSize(admin, "64");
            ConsultationRequested event = append(service, "refused-for-a-while");

            Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> relayHealth(service).get("engine").equals("failed"));
            assertThat((String) relayHealth(service).get("lastError")).contains("RecordTooLarge");

            limitMessageSize(admin, "1048588");
            awaitPublished(KAFKA, SERVICE.outboundTopic(), event);
            assertThat(relayHealth(service)).containsEntry("role", "leader").containsEntry("engine", "streaming");
            assertThat(timesPublished(KAFKA, SERVICE.outboundTopic(), event)).isOne();
        }
    }

    private static void limitMessageSize(Admin admin, String bytes) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, SERVICE.outboundTopic());
        AlterConfigOp limit = new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, bytes),
                AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(topic, List.of(limit))).all().get();
    }

}
