package vn.phoihop.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import vn.phoihop.events.Checkpoint;
import vn.phoihop.events.CheckpointStatement;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.EventCodec;
import vn.phoihop.events.EventHash;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.RealServers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.messaging.TestContexts.append;

/**
 * Checkpoints read back as an auditor reads them: from the topics, checked with the board's public key. Each test
 * is a producer of its own, so its checkpoints topic holds only its checkpoints.
 */
class StreamCheckpointsIT {

    static final TestKafka KAFKA = new TestKafka(RealServers.kafkaBootstrapServers());

    static final EventCodec CODEC = EventCodec.create();

    static final String KEY_ID = "phoihop.messaging.checkpoints.key-id";

    static final String KEY_FILE = "phoihop.messaging.checkpoints.private-key-file";

    @AfterAll
    static void closeKafka() {
        KAFKA.close();
    }

    @Test
    void signsTheNumberOfEventsAndTheHashOfTheLastOneAsTheEventsTopicHasIt() {
        Producer board = Producer.named("signing");
        try (ConfigurableApplicationContext service = board.start("300ms")) {
            List<ConsultationRequested> events = List.of(append(service, "a"), append(service, "b"),
                    append(service, "a"));

            ConsumerRecord<String, byte[]> record = eventually().until(() -> board.checkpointRecords()
                .stream()
                .filter((published) -> decode(published).getStreamPosition() == 3)
                .findFirst(), Optional::isPresent)
                .orElseThrow();

            Checkpoint checkpoint = decode(record);
            assertThat(CheckpointStatement.verify(checkpoint, TestSigningKey.SHARED.publicKey())).isTrue();
            assertThat(checkpoint.getLastEventHash()).isEqualTo(EventHash.of(board.publishedBytes(events.get(2))));
            assertThat(checkpoint.getProducer()).isEqualTo(board.name());
            assertThat(checkpoint.getKeyId()).isEqualTo(TestSigningKey.SHARED.id());
            assertThat(record.key()).isEqualTo(board.name());
            assertThat(TestKafka.header(record, EventHeaders.EVENT_ID)).isEqualTo(checkpoint.getCheckpointId());
            assertThat(TestKafka.header(record, EventHeaders.EVENT_TYPE)).isEqualTo("Checkpoint");
            assertThat(TestKafka.header(record, EventHeaders.PRODUCER)).isEqualTo(board.name());
        }
    }

    @Test
    void signsNothingNewWhileTheStreamStandsStillAndStaysOutOfTheChain() {
        Producer board = Producer.named("standstill");
        try (ConfigurableApplicationContext service = board.start("200ms")) {
            ConsultationRequested first = append(service, "first");
            eventually().until(() -> board.positions().contains(1L));

            Awaitility.await()
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> board.positions().equals(List.of(1L)));
            assertThat(service.getBean(StreamCheckpoints.class).signNow()).isEmpty();

            ConsultationRequested second = append(service, "second");
            eventually().until(() -> board.positions().equals(List.of(1L, 2L)));
            assertThat(second.getEnvelope().getPreviousEventHash())
                .isEqualTo(EventHash.of(board.publishedBytes(first)));
        }
    }

    @Test
    void twoReplicasOverOneDatabaseNeverSignThePositionTwice() throws Exception {
        Producer board = Producer.named("replicas");
        try (ConfigurableApplicationContext first = board.start("20ms");
                ConfigurableApplicationContext second = board.start("20ms")) {
            List<ConfigurableApplicationContext> replicas = List.of(first, second);
            List<Future<?>> work = new ArrayList<>();
            try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
                for (int i = 0; i < 30; i++) {
                    ConfigurableApplicationContext writer = replicas.get(i % 2);
                    ConfigurableApplicationContext signer = replicas.get((i + 1) % 2);
                    work.add(threads.submit(() -> append(writer, "replicated")));
                    work.add(threads.submit(() -> signer.getBean(StreamCheckpoints.class).signNow()));
                }
            }
            for (Future<?> done : work) {
                done.get();
            }
            first.getBean(StreamCheckpoints.class).signNow();

            eventually().until(() -> board.positions().contains(30L));
            List<Long> positions = board.positions();
            assertThat(positions).doesNotHaveDuplicates().isSorted().endsWith(30L);
        }
    }

    @Test
    void signsALastCheckpointWhenTheServiceStopsAndItsRelayPublishesItBeforeStopping() {
        Producer board = Producer.named("shutdown");
        ConfigurableApplicationContext service = board.start("1h");
        append(service, "before-stop");

        service.close();

        assertThat(board.positions()).containsExactly(1L);
    }

    @Test
    void refusesToStartWithoutItsKeyNamingTheMissingSetting() {
        Producer board = Producer.named("unsigned");
        Map<String, Object> withoutKeyId = board.properties();
        withoutKeyId.remove(KEY_ID);
        Map<String, Object> withoutKeyFile = board.properties();
        withoutKeyFile.remove(KEY_FILE);
        Map<String, Object> withMissingKeyFile = board.properties();
        withMissingKeyFile.put(KEY_FILE, "/nonexistent/cadre-board.pem");

        assertThatThrownBy(() -> TestContexts.start(withoutKeyId)).rootCause()
            .hasMessageStartingWith(KEY_ID + " must be set")
            .hasMessageContaining("phoihop.messaging.checkpoints.enabled=false");
        assertThatThrownBy(() -> TestContexts.start(withoutKeyFile)).rootCause()
            .hasMessageStartingWith(KEY_FILE + " must be set");
        assertThatThrownBy(() -> TestContexts.start(withMissingKeyFile))
            .hasStackTraceContaining(KEY_FILE + ": cannot read file [/nonexistent/cadre-board.pem]");
    }

    @Test
    void runsUnsignedOnlyWhenCheckpointsAreSwitchedOffExplicitly() {
        Producer board = Producer.named("switched_off");
        Map<String, Object> properties = board.properties();
        properties.remove(KEY_ID);
        properties.remove(KEY_FILE);
        properties.put("phoihop.messaging.checkpoints.enabled", "false");
        properties.put("phoihop.messaging.relay.drop-slot-on-stop", "true");

        try (ConfigurableApplicationContext service = TestContexts.start(properties)) {
            append(service, "unsigned");

            assertThat(service.getBeanProvider(StreamCheckpoints.class).getIfAvailable()).isNull();
        }
    }

    private static Checkpoint decode(ConsumerRecord<String, byte[]> record) {
        return (Checkpoint) CODEC.decode(record.value());
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100));
    }

    /** A test service under a producer name of its own, with the shared test key. */
    private record Producer(String name, TestService service) {

        static Producer named(String test) {
            return new Producer("checkpoints-it-" + test + "-" + UUID.randomUUID().toString().substring(0, 8),
                    TestService.producing("checkpoints_" + test));
        }

        Map<String, Object> properties() {
            Map<String, Object> properties = this.service.properties();
            properties.put("phoihop.messaging.producer", this.name);
            return properties;
        }

        ConfigurableApplicationContext start(String interval) {
            return TestContexts.start(properties(), "--phoihop.messaging.checkpoints.interval=" + interval,
                    "--phoihop.messaging.relay.drop-slot-on-stop=true");
        }

        List<ConsumerRecord<String, byte[]>> checkpointRecords() {
            return KAFKA.readAll(Topics.checkpointsOf(this.name));
        }

        /** Positions in the order they were signed, each checkpoint once however often it was delivered. */
        List<Long> positions() {
            return checkpointRecords().stream()
                .map(StreamCheckpointsIT::decode)
                .filter(distinctBy())
                .map(Checkpoint::getStreamPosition)
                .toList();
        }

        byte[] publishedBytes(ConsultationRequested event) {
            String eventId = event.getEnvelope().getEventId();
            return eventually().until(() -> KAFKA.readAll(this.service.outboundTopic())
                .stream()
                .filter((record) -> eventId.equals(TestKafka.header(record, EventHeaders.EVENT_ID)))
                .findFirst(), Optional::isPresent)
                .orElseThrow()
                .value();
        }

        private static Predicate<Checkpoint> distinctBy() {
            Set<String> seen = new HashSet<>();
            return (checkpoint) -> seen.add(checkpoint.getCheckpointId());
        }

    }

}
