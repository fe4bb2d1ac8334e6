package vn.phoihop.testing.history;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.phoihop.events.EventCodec;
import vn.phoihop.events.Topics;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.file.RegulationLibrary;

/**
 * A term of complete consultation cycles, generated from a seed, as both boards would have published it: per case
 * the cadre board's ConsultationRequested, DecisionMeetingRecorded and DecisionFinalised, the executive board's
 * ConsultationReceived, MemberReviewRecorded and OpinionIssued, each board's events in one hash chain with signed
 * checkpoints. Every cycle keeps the shipped regulation (296 v2013.1): deadlines by its calendar, a quorate
 * meeting that adopts the opinion in time, a decision by the authority the regulation names, on that opinion.
 *
 * <p>The records come in the order the boards would have published them and are generated as they are read, so a
 * term of millions of events never sits in memory. The same seed, case count and keys give the same bytes.
 */
public final class SyntheticTerm implements Iterable<TermRecord> {

    public static final int EVENTS_PER_CASE = 6;

    private final long seed;
    private final long cases;
    private final int checkpointEvery;
    private final SigningKey cadreBoardKey;
    private final SigningKey executiveBoardKey;
    private final Regulation regulation;
    private final EventCodec codec = EventCodec.create();

    private SyntheticTerm(Builder builder) {
        this.seed = builder.seed;
        this.cases = builder.cases;
        this.checkpointEvery = builder.checkpointEvery;
        this.cadreBoardKey = builder.cadreBoardKey;
        this.executiveBoardKey = builder.executiveBoardKey;
        this.regulation = RegulationLibrary.defaults("synthetic term").require("296-QC/BCSĐ-ĐUBKH", "2013.1");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Enough cases for at least {@code events} events. */
    public static long casesFor(long events) {
        return (events + EVENTS_PER_CASE - 1) / EVENTS_PER_CASE;
    }

    public long cases() {
        return cases;
    }

    public long eventCount() {
        return cases * EVENTS_PER_CASE;
    }

    @Override
    public Iterator<TermRecord> iterator() {
        SplittableRandom random = new SplittableRandom(seed);
        return new TermRecords(random.split(), cases, TermSetting.of(regulation, cases),
                new BoardStream(Topics.CADRE_BOARD, Topics.CADRE_BOARD_EVENTS, cadreBoardKey, checkpointEvery, codec,
                        random.split()),
                new BoardStream(Topics.EXECUTIVE_BOARD, Topics.EXECUTIVE_BOARD_EVENTS, executiveBoardKey,
                        checkpointEvery, codec, random.split()));
    }

    public Stream<TermRecord> records() {
        return StreamSupport.stream(spliterator(), false);
    }

    /**
     * Sends the whole term, without waiting record by record, and returns once the broker has acknowledged all.
     * Records of one case share a key, hence a partition, and {@link #producerSettings} keep them in order.
     */
    public WriteSummary writeTo(Producer<String, byte[]> producer) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        long events = 0;
        long checkpoints = 0;
        long eventBytes = 0;
        long started = System.nanoTime();
        for (TermRecord record : this) {
            if (failure.get() != null) {
                break;
            }
            producer.send(record.toProducerRecord(), (metadata, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                }
            });
            if (record.isEvent()) {
                events++;
                eventBytes += record.value().length;
            }
            else {
                checkpoints++;
            }
        }
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("the broker refused a record of the synthetic term", failure.get());
        }
        return new WriteSummary(events, checkpoints, eventBytes, Duration.ofNanos(System.nanoTime() - started));
    }

    /** {@link #writeTo(Producer)} with a producer of its own, made with {@link #producerSettings}. */
    public WriteSummary writeTo(String bootstrapServers) {
        try (Producer<String, byte[]> producer = new KafkaProducer<>(producerSettings(bootstrapServers))) {
            return writeTo(producer);
        }
    }

    /**
     * A producer for bulk writing: every record acknowledged by all in-sync replicas and written once and in order
     * (idempotence), in large batches that wait a little to fill, uncompressed as the boards' relays send.
     */
    public static Map<String, Object> producerSettings(String bootstrapServers) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "none",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    }

    public static final class Builder {

        private long seed;
        private long cases;
        private int checkpointEvery = 10_000;
        private SigningKey cadreBoardKey;
        private SigningKey executiveBoardKey;

        private Builder() {
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder cases(long cases) {
            if (cases < 0) {
                throw new IllegalArgumentException("cases must not be negative");
            }
            this.cases = cases;
            return this;
        }

        /** How many events of a board's stream each of its checkpoints covers beyond the one before. */
        public Builder checkpointEvery(int events) {
            if (events < 1) {
                throw new IllegalArgumentException("a checkpoint covers at least one event");
            }
            this.checkpointEvery = events;
            return this;
        }

        public Builder cadreBoardKey(String keyId, PrivateKey key) {
            this.cadreBoardKey = new SigningKey(keyId, key);
            return this;
        }

        public Builder executiveBoardKey(String keyId, PrivateKey key) {
            this.executiveBoardKey = new SigningKey(keyId, key);
            return this;
        }

        public SyntheticTerm build() {
            if (cadreBoardKey == null || executiveBoardKey == null) {
                throw new IllegalStateException("both boards' signing keys are needed for their checkpoints");
            }
            return new SyntheticTerm(this);
        }
    }
}
