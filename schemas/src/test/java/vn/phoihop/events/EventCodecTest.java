package vn.phoihop.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCodecTest {

    private final EventCodec codec = EventCodec.create();

    static List<SpecificRecord> events() {
        return SampleEvents.all().toList();
    }

    static List<SpecificRecord> caseEvents() {
        return SampleEvents.all().filter(event -> !(event instanceof Checkpoint)).toList();
    }

    @Test
    void everyEventOfTheContractHasASample() {
        assertThat(events()).map(event -> event.getSchema().getName())
                .containsAll(EventType.CONTRACT.stream().map(EventType::name).toList());
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("events")
    void decodesWhatItEncodes(SpecificRecord event) {
        assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("events")
    void writesSingleObjectEncodingWithTheFingerprintOfTheEventSchema(SpecificRecord event) {
        ByteBuffer header = ByteBuffer.wrap(codec.encode(event)).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(header.get()).isEqualTo((byte) 0xC3);
        assertThat(header.get()).isEqualTo((byte) 0x01);
        assertThat(header.getLong()).isEqualTo(SchemaNormalization.parsingFingerprint64(event.getSchema()));
    }

    @Test
    void readsWhatAvrosOwnEncoderOfTheGeneratedClassWrites() throws Exception {
        OpinionIssued opinion = SampleEvents.opinionIssued();
        ByteBuffer written = opinion.toByteBuffer();
        byte[] bytes = new byte[written.remaining()];
        written.get(bytes);

        assertThat(codec.decode(bytes)).isEqualTo(opinion);
    }

    @Test
    void readsEventsWrittenWithTheFirstVersionIntoTheCurrentClassesWithTheDefaults() throws Exception {
        ConsultationRequested request = SampleEvents.amendedConsultationRequested();
        DecisionFinalised decision = SampleEvents.higherAuthorityDecision();
        OpinionIssued opinion = SampleEvents.lateOpinionWithoutReview();
        OpinionIssued opinionWithMemberIds = SampleEvents.opinionIssued();

        assertThat(codec.decode(writtenWithFirstVersion(request))).isEqualTo(ConsultationRequested.newBuilder(request)
                .setRequestDate(null)
                .setAmendment(null)
                .setSilenceRule(SilenceRule.UNKNOWN)
                .build());
        assertThat(codec.decode(writtenWithFirstVersion(decision))).isEqualTo(DecisionFinalised.newBuilder(decision)
                .setOverdueEventId(null)
                .setAuthorityName(null)
                .setDecisionMeetingEventId(null)
                .build());
        assertThat(codec.decode(writtenWithFirstVersion(opinion))).isEqualTo(OpinionIssued.newBuilder(opinion)
                .setLate(false)
                .build());
        assertThat(codec.decode(writtenWithFirstVersion(opinionWithMemberIds)))
                .isEqualTo(OpinionIssued.newBuilder(opinionWithMemberIds)
                        .setMeeting(Meeting.newBuilder(opinionWithMemberIds.getMeeting())
                                .setSummonedMemberIds(List.of())
                                .setPresentMemberIds(List.of())
                                .setRecusals(List.of())
                                .build())
                        .setReviewEventId(null)
                        .build());
    }

    // what a producer built against v1 would have sent for the same event
    private static byte[] writtenWithFirstVersion(SpecificRecord event) throws Exception {
        Schema first = SchemaHistory.fromClasspath().versionsOf(event.getSchema().getName()).getFirst().schema();
        byte[] current = EventCodec.create().encode(event);
        GenericRecord asFirst = new GenericDatumReader<GenericRecord>(event.getSchema(), first)
                .read(null, DecoderFactory.get().binaryDecoder(current, 10, current.length - 10, null));
        ByteBuffer written = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), first).encode(asFirst);
        byte[] bytes = new byte[written.remaining()];
        written.get(bytes);
        return bytes;
    }

    @Test
    void refusesBytesThatAreNotSingleObjectEncoded() {
        byte[] json = "{\"caseId\":\"5f0c2a9e\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.decode(json)).isInstanceOf(UndecodableEventException.class)
                .hasMessage("not Avro single-object encoded: starts with 7B 22 instead of C3 01");
        assertThatThrownBy(() -> codec.decode(new byte[] {(byte) 0xC3, 0x01, 1, 2}))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessage("not Avro single-object encoded: 4 bytes, fewer than the 10-byte header");
        assertThatThrownBy(() -> codec.decode(null)).isInstanceOf(UndecodableEventException.class)
                .hasMessage("not Avro single-object encoded: no bytes");
    }

    @Test
    void namesAnUnknownWriterFingerprint() {
        byte[] bytes = codec.encode(SampleEvents.opinionIssued());
        ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(0x0123456789ABCDEFL);

        assertThatThrownBy(() -> codec.decode(bytes)).isInstanceOf(UndecodableEventException.class)
                .hasMessage("unknown writer schema fingerprint 0123456789abcdef: no kept version of any event has it");
    }

    @Test
    void refusesATruncatedBody() {
        byte[] bytes = codec.encode(SampleEvents.consultationRequested());
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 5);

        assertThatThrownBy(() -> codec.decode(truncated)).isInstanceOf(UndecodableEventException.class)
                .hasMessageStartingWith("corrupt body of ConsultationRequested v4: ")
                .hasCauseInstanceOf(EOFException.class);
    }

    @Test
    void refusesABodyWithAnEnumSymbolOutOfRange() throws Exception {
        DecisionFinalised decision = SampleEvents.decisionFinalised();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(codec.encode(decision), 0, 10);
        BinaryEncoder body = EncoderFactory.get().binaryEncoder(bytes, null);
        new SpecificDatumWriter<>(Envelope.class).write(decision.getEnvelope(), body);
        body.writeString(decision.getCaseId());
        body.writeInt(decision.getProposalVersion());
        body.writeEnum(63); // the outcome has three symbols
        body.flush();

        assertThatThrownBy(() -> codec.decode(bytes.toByteArray())).isInstanceOf(UndecodableEventException.class)
                .hasMessageStartingWith("corrupt body of DecisionFinalised v3: ");
    }

    @Test
    void refusesBytesLeftAfterTheEvent() {
        byte[] bytes = codec.encode(SampleEvents.opinionIssued());
        byte[] padded = Arrays.copyOf(bytes, bytes.length + 3);

        assertThatThrownBy(() -> codec.decode(padded)).isInstanceOf(UndecodableEventException.class)
                .hasMessage("corrupt body of OpinionIssued v3: bytes left after the event");
    }

    @Test
    void refusesToEncodeARecordThatIsNotAnEvent() {
        assertThatIllegalArgumentException().isThrownBy(() -> codec.encode(new Cadre("CB-0001", "Nguyễn Văn An")))
                .withMessage("vn.phoihop.events.Cadre is not an event of the contract");
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("caseEvents")
    void findsTheEnvelopeOfEveryCaseEvent(SpecificRecord event) {
        assertThat(EventCodec.envelopeOf(event).getCaseId()).isEqualTo(SampleEvents.CASE_ID);
    }

    @Test
    void refusesTheEnvelopeOfARecordWithoutOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> EventCodec.envelopeOf(new Cadre("CB-0001", "An")))
                .withMessage("vn.phoihop.events.Cadre carries no envelope");
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        List<SpecificRecord> events = events();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> results = IntStream.range(0, 400)
                    .mapToObj(i -> events.get(i % events.size()))
                    .map(event -> pool.submit(() -> codec.decode(codec.encode(event)).equals(event)))
                    .toList();
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        }
    }
}
