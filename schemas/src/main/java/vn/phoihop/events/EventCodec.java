package vn.phoihop.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Writes events as Avro single-object encoding ({@code C3 01}, the writer schema's CRC-64-AVRO fingerprint, the body)
 * and reads bytes written with any kept version of any event into the current generated class. One instance serves
 * any number of threads; create it once.
 */
public final class EventCodec {

    private static final int HEADER_LENGTH = 10;

    private final Map<Class<?>, BinaryMessageEncoder<SpecificRecord>> encoders = new HashMap<>();

    private final Map<Long, WriterVersion> writers = new HashMap<>();

    // a decoder is cheap to point at new bytes but not to allocate, so each thread keeps one
    private final ThreadLocal<BinaryDecoder> decoders = new ThreadLocal<>();

    EventCodec(List<EventType> types, SchemaHistory history) {
        for (EventType type : types) {
            encoders.put(type.javaClass(),
                    new BinaryMessageEncoder<>(SpecificData.getForClass(type.javaClass()), type.schema()));
            for (KeptVersion version : history.versionsOf(type.name())) {
                writers.put(version.fingerprint(), WriterVersion.of(version.label(), version.schema(), type));
            }
            // the build refuses an unfrozen schema, but bytes written while one is being changed must still read back
            writers.putIfAbsent(SchemaNormalization.parsingFingerprint64(type.schema()),
                    WriterVersion.of(type.name() + " (not yet frozen)", type.schema(), type));
        }
    }

    /** A codec that reads every schema version kept in the repository. */
    public static EventCodec create() {
        return new EventCodec(EventType.CONTRACT, SchemaHistory.fromClasspath());
    }

    public byte[] encode(SpecificRecord event) {
        BinaryMessageEncoder<SpecificRecord> encoder = encoders.get(event.getClass());
        if (encoder == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " is not an event of the contract");
        }
        try {
            ByteBuffer encoded = encoder.encode(event);
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + event.getSchema().getName(), e);
        }
    }

    /** The event the bytes hold, in its current class; throws {@link UndecodableEventException} saying why not. */
    public SpecificRecord decode(byte[] bytes) {
        WriterVersion writer = writerOf(bytes);
        BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(bytes, HEADER_LENGTH, bytes.length - HEADER_LENGTH, decoders.get());
        decoders.set(decoder);
        SpecificRecord event;
        try {
            event = writer.reader().read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new UndecodableEventException("corrupt body of " + writer.label() + ": " + e, e);
        }
        if (!isEnd(decoder)) {
            throw new UndecodableEventException("corrupt body of " + writer.label() + ": bytes left after the event");
        }
        return event;
    }

    /** The {@code envelope} field that every event has first. */
    public static Envelope envelopeOf(SpecificRecord event) {
        Schema.Field field = event.getSchema().getField("envelope");
        if (field == null || !(event.get(field.pos()) instanceof Envelope envelope)) {
            throw new IllegalArgumentException(event.getSchema().getFullName() + " carries no envelope");
        }
        return envelope;
    }

    private WriterVersion writerOf(byte[] bytes) {
        if (bytes == null || bytes.length < HEADER_LENGTH || bytes[0] != (byte) 0xC3 || bytes[1] != 0x01) {
            throw new UndecodableEventException("not Avro single-object encoded: " + describe(bytes));
        }
        long fingerprint = 0;
        for (int i = HEADER_LENGTH - 1; i >= 2; i--) {
            fingerprint = fingerprint << 8 | bytes[i] & 0xFF; // little-endian, as the specification says
        }
        WriterVersion writer = writers.get(fingerprint);
        if (writer == null) {
            throw new UndecodableEventException("unknown writer schema fingerprint %016x: ".formatted(fingerprint)
                    + "no kept version of any event has it");
        }
        return writer;
    }

    private static boolean isEnd(BinaryDecoder decoder) {
        try {
            return decoder.isEnd();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the decoder reads from an array
        }
    }

    private static String describe(byte[] bytes) {
        if (bytes == null) {
            return "no bytes";
        }
        if (bytes.length < HEADER_LENGTH) {
            return bytes.length + " bytes, fewer than the " + HEADER_LENGTH + "-byte header";
        }
        return "starts with %02X %02X instead of C3 01".formatted(bytes[0], bytes[1]);
    }
}
