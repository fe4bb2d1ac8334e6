package vn.phoihop.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/** As if the current ConsultationRequested were v2 of a v1 that had neither a term nor a dossier. */
class SchemaEvolutionTest {

    private static final String EVENT = "ConsultationRequested";

    private final Schema current = ConsultationRequested.getClassSchema();

    private final Schema older = SchemaEdits.withFieldsRemoved(current, "termYears", "dossier");

    private final SchemaHistory history = new SchemaHistory(
            Map.of(EVENT, List.of(new KeptVersion(EVENT, 1, older), new KeptVersion(EVENT, 2, current))));

    @Test
    void newFieldsWithDefaultsKeepBothVersionsFullyCompatible() {
        assertThat(CompatibilityCheck.problems(EVENT, current, history.versionsOf(EVENT))).isEmpty();
    }

    @Test
    void decodesBytesOfTheOlderVersionIntoTheCurrentClassWithTheDefaults() throws IOException {
        EventCodec codec = new EventCodec(EventType.ALL, history);
        ConsultationRequested event = SampleEvents.consultationRequested();

        SpecificRecord decoded = codec.decode(writtenWithOlder(codec.encode(event)));

        assertThat(decoded).isEqualTo(ConsultationRequested.newBuilder(event)
                .setTermYears(null)
                .setDossier(List.of())
                .build());
    }

    // what a producer built against v1 would have sent for the same case
    private byte[] writtenWithOlder(byte[] currentBytes) throws IOException {
        byte[] body = Arrays.copyOfRange(currentBytes, 10, currentBytes.length);
        GenericRecord asOlder = new GenericDatumReader<GenericRecord>(current, older)
                .read(null, DecoderFactory.get().binaryDecoder(body, null));
        ByteBuffer bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(asOlder);
        byte[] written = new byte[bytes.remaining()];
        bytes.get(written);
        return written;
    }
}
