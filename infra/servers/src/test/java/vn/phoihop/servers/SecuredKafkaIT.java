package vn.phoihop.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.phoihop.events.Topics;

/** The broker the local stack runs, with {@link BoardAcls}: each principal tried against what it may and may not do. */
class SecuredKafkaIT {

    private static final String STRANGER = "stranger";
    private static final KafkaUsers USERS = KafkaUsers.generated(
            Stream.concat(BoardAcls.PRINCIPALS.stream(), Stream.of(STRANGER)).toList());
    private static final KafkaCredentials CADRE_BOARD = USERS.of(Topics.CADRE_BOARD);
    private static final KafkaCredentials EXECUTIVE_BOARD = USERS.of(Topics.EXECUTIVE_BOARD);
    private static final KafkaCredentials AUDIT = USERS.of(BoardAcls.AUDIT);

    private static LocalKafka kafka;

    @TempDir
    Path directory;

    @BeforeAll
    static void startBroker() {
        kafka = LocalKafka.builder().secured(USERS).start();
        kafka.grant(BoardAcls.of(""));
        Stream.of(Topics.CADRE_BOARD_EVENTS, Topics.EXECUTIVE_BOARD_EVENTS, Topics.CADRE_BOARD_CHECKPOINTS,
                Topics.EXECUTIVE_BOARD_CHECKPOINTS).forEach(topic -> kafka.createTopicIfAbsent(topic, 3));
    }

    @AfterAll
    static void stopBroker() {
        kafka.stop();
    }

    @Test
    void aBoardPublishesOnItsOwnTopicsWithAnIdempotentProducerAndNoClusterRight() throws Exception {
        long before = endOffset(Topics.CADRE_BOARD_EVENTS);

        send(CADRE_BOARD, Topics.CADRE_BOARD_EVENTS, "ConsultationRequested");
        send(CADRE_BOARD, Topics.CADRE_BOARD_CHECKPOINTS, "Checkpoint");

        assertThat(endOffset(Topics.CADRE_BOARD_EVENTS)).isEqualTo(before + 1);
    }

    @Test
    void aBoardIsRefusedOnTheOtherBoardsTopicAndNothingIsAppended() throws Exception {
        long before = endOffset(Topics.EXECUTIVE_BOARD_EVENTS);

        assertThatThrownBy(() -> send(CADRE_BOARD, Topics.EXECUTIVE_BOARD_EVENTS, "OpinionIssued"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> send(EXECUTIVE_BOARD, Topics.CADRE_BOARD_CHECKPOINTS, "Checkpoint"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);

        assertThat(endOffset(Topics.EXECUTIVE_BOARD_EVENTS)).isEqualTo(before);
    }

    @Test
    void aBoardReadsTheOtherBoardsEventsInTheGroupNamedAfterItself() throws Exception {
        String opinion = "OpinionIssued " + UUID.randomUUID();
        send(EXECUTIVE_BOARD, Topics.EXECUTIVE_BOARD_EVENTS, opinion);

        try (var consumer = consumer(CADRE_BOARD, Topics.CADRE_BOARD)) {
            consumer.subscribe(List.of(Topics.EXECUTIVE_BOARD_EVENTS));
            assertThat(pollUntil(consumer, opinion)).contains(opinion);
        }
    }

    @Test
    void aBoardMayNotReadInTheOtherBoardsGroup() {
        try (var consumer = consumer(CADRE_BOARD, Topics.EXECUTIVE_BOARD)) {
            consumer.subscribe(List.of(Topics.EXECUTIVE_BOARD_EVENTS));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void aBoardDeclaresItsOwnTopicsButNotTheOtherBoards() throws Exception {
        try (Admin admin = Admin.create(kafka.clientSettings(CADRE_BOARD))) {
            admin.createTopics(List.of(new NewTopic("phoihop.cadre-board.dead-letters", 1, (short) 1))).all().get();

            assertThatThrownBy(() -> admin.createTopics(List.of(new NewTopic("phoihop.executive-board.dead-letters",
                    1, (short) 1))).all().get()).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theAuditReadsBothBoardsWithoutAGroupButWritesNowhere() throws Exception {
        String decision = "DecisionFinalised " + UUID.randomUUID();
        send(CADRE_BOARD, Topics.CADRE_BOARD_EVENTS, decision);

        try (var consumer = consumer(AUDIT, null)) {
            List<TopicPartition> partitions = Stream.of(Topics.CADRE_BOARD_EVENTS, Topics.EXECUTIVE_BOARD_EVENTS)
                    .flatMap(topic -> consumer.partitionsFor(topic).stream()
                            .map(info -> new TopicPartition(topic, info.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            assertThat(pollUntil(consumer, decision)).contains(decision);
        }
        for (String topic : List.of(Topics.CADRE_BOARD_EVENTS, Topics.EXECUTIVE_BOARD_CHECKPOINTS)) {
            assertThatThrownBy(() -> send(AUDIT, topic, "forged")).hasCauseInstanceOf(AuthorizationException.class);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        KafkaCredentials impostor = new KafkaCredentials(CADRE_BOARD.username(), CADRE_BOARD.password() + "x");

        try (Admin admin = Admin.create(kafka.clientSettings(impostor))) {
            assertThatThrownBy(() -> admin.listTopics().names().get())
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void aClientWithoutCredentialsGetsNothing() {
        Map<String, Object> anonymous = Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "default.api.timeout.ms", 3000, "request.timeout.ms", 1000);

        try (Admin admin = Admin.create(anonymous)) {
            assertThatThrownBy(() -> admin.listTopics().names().get()).hasCauseInstanceOf(TimeoutException.class);
        }
    }

    @Test
    void aPrincipalWithoutAclsSeesNoTopic() throws Exception {
        try (Admin admin = Admin.create(kafka.clientSettings(USERS.of(STRANGER)))) {
            assertThat(admin.listTopics().names().get()).isEmpty();
        }
    }

    @Test
    void aPrefixedRunHasTheSameRulesUnderItsPrefix() throws Exception {
        String prefix = "run" + UUID.randomUUID().toString().substring(0, 8) + "-";
        kafka.grant(BoardAcls.of(prefix));
        kafka.createTopicIfAbsent(prefix + Topics.EXECUTIVE_BOARD_EVENTS, 3);

        send(CADRE_BOARD, prefix + Topics.CADRE_BOARD_EVENTS, "ConsultationRequested");

        assertThatThrownBy(() -> send(CADRE_BOARD, prefix + Topics.EXECUTIVE_BOARD_EVENTS, "OpinionIssued"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aRestartOnKeptDataKeepsUsersAndAcls() throws Exception {
        Path credentials = directory.resolve("credentials");
        Path data = directory.resolve("kafka");
        try (LocalKafka first = LocalKafka.builder().dataDirectory(data)
                .secured(KafkaUsers.keptIn(credentials, BoardAcls.PRINCIPALS)).start()) {
            first.grant(BoardAcls.of(""));
        }

        KafkaUsers kept = KafkaUsers.keptIn(credentials, BoardAcls.PRINCIPALS);
        try (LocalKafka second = LocalKafka.builder().dataDirectory(data).secured(kept).start();
                var producer = producer(second.clientSettings(kept.of(Topics.CADRE_BOARD)))) {
            producer.send(new ProducerRecord<>(Topics.CADRE_BOARD_EVENTS, "case-1", "after restart")).get();
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.EXECUTIVE_BOARD_EVENTS, "case-1",
                    "forged")).get()).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    private static void send(KafkaCredentials user, String topic, String value)
            throws ExecutionException, InterruptedException {
        try (var producer = producer(kafka.clientSettings(user))) {
            producer.send(new ProducerRecord<>(topic, "case-1", value)).get();
        }
    }

    /** As the outbox relay publishes: every replica acknowledges, idempotence on. */
    private static KafkaProducer<String, String> producer(Map<String, Object> settings) {
        Map<String, Object> producer = new HashMap<>(settings);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        return new KafkaProducer<>(producer, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(KafkaCredentials user, String group) {
        Map<String, Object> settings = new HashMap<>(kafka.clientSettings(user));
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        if (group != null) {
            settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
    }

    private static List<String> pollUntil(KafkaConsumer<String, String> consumer, String expected) {
        List<String> values = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!values.contains(expected) && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
        }
        return values;
    }

    /** As the super user: what a refused write must not have changed. */
    private static long endOffset(String topic) throws Exception {
        try (Admin admin = Admin.create(kafka.adminSettings())) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int partition = 0; partition < partitions; partition++) {
                latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get().values().stream()
                    .mapToLong(ListOffsetsResultInfo::offset).sum();
        }
    }
}
