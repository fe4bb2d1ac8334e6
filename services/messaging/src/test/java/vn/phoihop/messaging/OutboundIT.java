package vn.phoihop.messaging;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.EventCodec;
import vn.phoihop.events.EventHash;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.RealServers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboundIT extends SharedTestService {

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EventCodec codec;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HealthContributorRegistry health;

    @Test
    void publishesAnAppendedEventKeyedByCaseWithTheEnvelopeInHeaders() {
        String caseId = UUID.randomUUID().toString();
        ConsultationRequested event = append(caseId, 1);

        ConsumerRecord<String, byte[]> record = awaitPublished(event);

        Envelope envelope = event.getEnvelope();
        assertThat(record.key()).isEqualTo(caseId);
        assertThat(this.codec.decode(record.value())).isEqualTo(event);
        assertThat(TestKafka.header(record, EventHeaders.EVENT_ID)).isEqualTo(envelope.getEventId());
        assertThat(TestKafka.header(record, EventHeaders.EVENT_TYPE)).isEqualTo("ConsultationRequested");
        assertThat(TestKafka.header(record, EventHeaders.CASE_ID)).isEqualTo(caseId);
        assertThat(TestKafka.header(record, EventHeaders.SEQUENCE)).isEqualTo("1");
        assertThat(TestKafka.header(record, EventHeaders.PRODUCER)).isEqualTo("cadre-board");
        assertThat(TestKafka.header(record, EventHeaders.OCCURRED_AT)).isEqualTo(envelope.getOccurredAt().toString());
        assertThat(TestKafka.header(record, EventHeaders.REGULATION_VERSION)).isEqualTo(TestEvents.REGULATION_VERSION);
        assertThat(TestKafka.header(record, EventHeaders.TRACEPARENT)).isNull();
        assertThat(envelope.getTraceparent()).isNull();
        assertThat(envelope.getActor()).as("no user signed in: the board acted on its own").isNull();
    }

    @Test
    void attributesTheEventToTheSignedInUserOfTheRequest() {
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("clerk", null,
                    AuthorityUtils.createAuthorityList("ROLE_SECRETARIAT")));
        try {
            ConsultationRequested event = append(UUID.randomUUID().toString(), 1);

            assertThat(EventCodec.envelopeOf(this.codec.decode(awaitPublished(event).value())).getActor())
                .isEqualTo("clerk");
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void chainsEachEventToTheHashOfTheBytesOfThePreviousOne() {
        String headBefore = streamHead();
        List<ConsultationRequested> events = List.of(append("chain-a", 1), append("chain-b", 1), append("chain-a", 2));

        List<byte[]> published = events.stream().map((event) -> awaitPublished(event).value()).toList();

        assertThat(events.get(0).getEnvelope().getPreviousEventHash()).isEqualTo(headBefore);
        assertThat(events.get(1).getEnvelope().getPreviousEventHash()).isEqualTo(EventHash.of(published.get(0)));
        assertThat(events.get(2).getEnvelope().getPreviousEventHash()).isEqualTo(EventHash.of(published.get(1)));
        assertThat(streamHead()).isEqualTo(EventHash.of(published.get(2)));
    }

    @Test
    void publishesNothingOfARolledBackTransactionAndKeepsTheChainWhole() {
        String headBefore = streamHead();
        UUID rolledBack = this.transactions.execute((transaction) -> {
            transaction.setRollbackOnly();
            return this.outbox.append("rolled-back", 1, TestEvents.REGULATION_VERSION,
                    TestEvents::consultationRequested)
                .eventId();
        });
        ConsultationRequested next = append("after-rollback", 1);

        awaitPublished(next);

        assertThat(next.getEnvelope().getPreviousEventHash()).isEqualTo(headBefore);
        assertThat(KAFKA.readAll(SERVICE.outboundTopic()))
            .noneMatch((record) -> rolledBack.toString().equals(TestKafka.header(record, EventHeaders.EVENT_ID)));
    }

    @Test
    void refusesToAppendOutsideTheCallersTransaction() {
        assertThatThrownBy(() -> this.outbox.append("no-transaction", 1, TestEvents.REGULATION_VERSION,
                TestEvents::consultationRequested))
            .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void refusesAnEventThatDoesNotCarryTheEnvelopeItWasGiven() {
        assertThatThrownBy(() -> this.transactions.executeWithoutResult((transaction) -> this.outbox
            .append("other-envelope", 1, TestEvents.REGULATION_VERSION, (envelope) -> TestEvents
                .consultationRequested(Envelope.newBuilder(envelope).setSequence(2).build()))))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsTheStreamingLeaderInHealthOnceTheSlotExists() {
        awaitPublished(append("health", 1));

        Health relay = ((HealthIndicator) this.health.getContributor("outboxRelay")).health();

        assertThat(relay.getStatus()).isEqualTo(Status.UP);
        assertThat(relay.getDetails()).containsEntry("role", "leader").containsEntry("engine", "streaming");
        assertThat((Long) relay.getDetails().get("published")).isPositive();
        assertThat(this.jdbc.sql("select count(*) from pg_replication_slots where database = current_database()")
            .query(Long.class)
            .single()).isOne();
    }

    @Test
    void declaresTopicsThatKeepHistoryForever() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealServers.kafkaBootstrapServers()))) {
            for (String topic : List.of(SERVICE.outboundTopic(), SERVICE.inboundTopic(), SERVICE.deadLetterTopic())) {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
                assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).as(topic).isEqualTo("-1");
                assertThat(admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions())
                    .as(topic)
                    .hasSize(3);
            }
            String checkpoints = Topics.checkpointsOf("cadre-board");
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, checkpoints);
            assertThat(admin.describeConfigs(List.of(resource)).all().get().get(resource)
                .get(TopicConfig.RETENTION_MS_CONFIG)
                .value()).isEqualTo("-1");
            assertThat(admin.describeTopics(List.of(checkpoints)).allTopicNames().get().get(checkpoints).partitions())
                .as("checkpoints keep the order of signing")
                .hasSize(1);
        }
    }

    private ConsultationRequested append(String caseId, long sequence) {
        return this.transactions.execute((transaction) -> this.outbox.append(caseId, sequence,
                TestEvents.REGULATION_VERSION, TestEvents::consultationRequested)).event();
    }

    private ConsumerRecord<String, byte[]> awaitPublished(ConsultationRequested event) {
        String eventId = event.getEnvelope().getEventId();
        return eventually().until(() -> KAFKA.readAll(SERVICE.outboundTopic())
            .stream()
            .filter((record) -> eventId.equals(TestKafka.header(record, EventHeaders.EVENT_ID)))
            .findFirst(), Optional::isPresent)
            .orElseThrow();
    }

    private String streamHead() {
        return this.jdbc.sql("select last_hash from event_stream where producer = 'cadre-board'")
            .query(String.class)
            .optional()
            .orElse(null);
    }

}
