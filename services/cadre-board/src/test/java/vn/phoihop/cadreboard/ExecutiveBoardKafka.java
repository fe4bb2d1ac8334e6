package vn.phoihop.cadreboard;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.phoihop.events.BallotTally;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.EventCodec;
import vn.phoihop.events.Meeting;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.testing.TopicHistory;

/** The broker as the executive board and an auditor see it: writes its events, reads whole topics. */
final class ExecutiveBoardKafka implements AutoCloseable {

    static final String INBOUND = "phoihop.executive-board.events";

    static final String OUTBOUND = "phoihop.cadre-board.events";

    static final String DEAD_LETTERS = "phoihop.cadre-board.dead-letters";

    private final String bootstrapServers;

    private final KafkaProducer<String, byte[]> producer;

    private final EventCodec codec = EventCodec.create();

    ExecutiveBoardKafka(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /**
     * An agreement on version 1 of the case, adopted at a valid meeting, under {@code regulationVersion}; answers
     * the partition it went to.
     */
    int sendAgreement(String caseId, String regulationVersion) throws Exception {
        return sendAgreement(caseId, regulationVersion, null);
    }

    /** The same, to the given partition, or to the case's when null. */
    int sendAgreement(String caseId, String regulationVersion, Integer partition) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        OpinionIssued opinion = OpinionIssued.newBuilder()
            .setEnvelope(Envelope.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setCaseId(caseId)
                .setSequence(1)
                .setOccurredAt(now)
                .setProducer("executive-board")
                .setRegulationVersion(regulationVersion)
                .build())
            .setCaseId(caseId)
            .setProposalVersion(1)
            .setOutcome(OpinionOutcome.AGREE)
            .setMeeting(Meeting.newBuilder()
                .setMeetingDate(LocalDate.now())
                .setMembersTotal(7)
                .setSummoned(7)
                .setPresent(6)
                .setRecused(0)
                .setTally(BallotTally.newBuilder().setAgree(5).setDisagree(1).setAbstain(0).setInvalid(0).build())
                .build())
            .setIssuedAt(now)
            .build();
        return producer.send(new ProducerRecord<>(INBOUND, partition, caseId, codec.encode(opinion))).get().partition();
    }

    /** Every record of the topic with this key, from the beginning. */
    List<ConsumerRecord<String, byte[]>> readAll(String topic, String key) {
        return TopicHistory.read(bootstrapServers, topic).stream().filter(record -> key.equals(record.key())).toList();
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }

}
