package vn.phoihop.messaging;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.events.EventCodec;
import vn.phoihop.events.OpinionIssued;

import static org.assertj.core.api.Assertions.assertThat;

class InboundIT extends SharedTestService {

    @Autowired
    EventCodec codec;

    @Autowired
    JdbcClient jdbc;

    @Test
    void handlesAnEventDeliveredThreeTimesOnce() {
        String caseId = newCaseId("redelivered-");
        OpinionIssued event = TestEvents.opinionIssued("executive-board", caseId);
        byte[] bytes = this.codec.encode(event);

        send(caseId, bytes);
        send(caseId, bytes);
        send(caseId, bytes);
        OpinionIssued next = sendOpinion(caseId);

        awaitHandled(next);
        assertThat(handledCount(caseId)).isEqualTo(2);
        assertThat(inboxHas(event)).isTrue();
    }

    @Test
    void deadLettersBytesThatAreNotAnEventAndMovesOn() {
        String caseId = newCaseId("garbage-");
        send(caseId, "not an event".getBytes(StandardCharsets.UTF_8));
        OpinionIssued next = sendOpinion(caseId);

        awaitHandled(next);
        assertThat(deadLetterReason(caseId)).startsWith("undecodable: not Avro single-object encoded");
    }

    @Test
    void deadLettersAnEventWrittenWithAnUnknownSchemaAndMovesOn() {
        String caseId = newCaseId("unknown-schema-");
        byte[] bytes = this.codec.encode(TestEvents.opinionIssued("executive-board", caseId));
        byte[] unknownFingerprint = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(42L).array();
        System.arraycopy(unknownFingerprint, 0, bytes, 2, 8);
        send(caseId, bytes);
        OpinionIssued next = sendOpinion(caseId);

        awaitHandled(next);
        assertThat(deadLetterReason(caseId)).startsWith("undecodable: unknown writer schema fingerprint");
    }

    @Test
    void deadLettersAnEventOfAnotherProducerAndMovesOn() {
        String caseId = newCaseId("foreign-");
        OpinionIssued foreign = TestEvents.opinionIssued("cadre-board", caseId);
        send(caseId, this.codec.encode(foreign));
        OpinionIssued next = sendOpinion(caseId);

        awaitHandled(next);
        assertThat(deadLetterReason(caseId))
            .isEqualTo("rejected: producer 'cadre-board' is not the expected 'executive-board'");
        assertThat(inboxHas(foreign)).isFalse();
    }

    @Test
    void deadLettersAnEventForACaseTheServiceDoesNotHaveAndMovesOn() {
        String unknownCase = newCaseId("absent-");
        OpinionIssued unknown = TestEvents.opinionIssued("executive-board", unknownCase);
        int partition = send(unknownCase, this.codec.encode(unknown));
        String nextCase = newCaseId("next-");
        OpinionIssued next = TestEvents.opinionIssued("executive-board", nextCase);
        KAFKA.send(SERVICE.inboundTopic(), partition, nextCase, this.codec.encode(next));

        awaitHandled(next);
        assertThat(deadLetterReason(unknownCase)).isEqualTo("rejected: no case " + unknownCase);
        assertThat(inboxHas(unknown)).isFalse();
    }

    @Test
    void deadLettersAnEventTheServiceRejectsAndKeepsNothingOfIt() {
        String caseId = newCaseId("reject-");
        OpinionIssued rejected = sendOpinion(caseId);

        String reason = eventually().until(() -> deadLetterReason(caseId), (text) -> text != null);

        assertThat(reason).isEqualTo("rejected: the test service refuses case " + caseId);
        assertThat(handledCount(caseId)).isZero();
        assertThat(inboxHas(rejected)).isFalse();
    }

    @Test
    void deadLettersAnEventTheServiceFailsOnWithoutRetrying() {
        String caseId = newCaseId("broken-");
        sendOpinion(caseId);

        String reason = eventually().until(() -> deadLetterReason(caseId), (text) -> text != null);

        assertThat(reason).isEqualTo("failed: java.lang.IllegalStateException: a bug in the test service");
        assertThat(handledCount(caseId)).isZero();
    }

    /** {@code flaky-}: the database hiccups; {@code cut-off-}: the transaction cannot be ended, its connection died. */
    @ParameterizedTest
    @ValueSource(strings = { "flaky-", "cut-off-" })
    void retriesATransientFailureUntilTheEventIsHandled(String failingOnce) {
        String caseId = newCaseId(failingOnce);
        OpinionIssued event = sendOpinion(caseId);

        awaitHandled(event);
        assertThat(handledCount(caseId)).isOne();
        assertThat(deadLetterReason(caseId)).isNull();
    }

    private static String newCaseId(String prefix) {
        return prefix + UUID.randomUUID();
    }

    private OpinionIssued sendOpinion(String caseId) {
        OpinionIssued event = TestEvents.opinionIssued("executive-board", caseId);
        send(caseId, this.codec.encode(event));
        return event;
    }

    private static int send(String caseId, byte[] bytes) {
        return KAFKA.send(SERVICE.inboundTopic(), caseId, bytes);
    }

    private void awaitHandled(OpinionIssued event) {
        eventually().until(() -> this.jdbc.sql("select count(*) from handled_event where event_id = ?")
            .param(UUID.fromString(event.getEnvelope().getEventId()))
            .query(Long.class)
            .single() == 1);
    }

    private long handledCount(String caseId) {
        return this.jdbc.sql("select count(*) from handled_event where case_id = ?")
            .param(caseId)
            .query(Long.class)
            .single();
    }

    private boolean inboxHas(OpinionIssued event) {
        return this.jdbc.sql("select count(*) from inbox where event_id = ?")
            .param(UUID.fromString(event.getEnvelope().getEventId()))
            .query(Long.class)
            .single() == 1;
    }

    private static String deadLetterReason(String caseId) {
        return KAFKA.readAll(SERVICE.deadLetterTopic())
            .stream()
            .filter((record) -> caseId.equals(record.key()))
            .map((ConsumerRecord<String, byte[]> record) -> TestKafka.header(record, EventHeaders.DEAD_LETTER_REASON))
            .reduce((first, second) -> {
                throw new AssertionError("more than one dead letter for " + caseId + ": " + Arrays.asList(first, second));
            })
            .orElse(null);
    }

}
