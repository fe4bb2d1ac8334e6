package vn.phoihop.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.support.KafkaHeaders;

import vn.phoihop.events.EventCodec;

/**
 * A record of the dead-letter topic as an admin sees it: where it is, where it came from, why it was refused and
 * whether it was re-driven. Never the event's content, which names people.
 *
 * @param partition its partition in the dead-letter topic
 * @param offset its offset there; with the partition, what a re-drive names
 * @param deadLetteredAt when it was dead-lettered
 * @param caseId the record's key
 * @param origin where it was first consumed
 * @param reason why it was refused ({@link EventHeaders#DEAD_LETTER_REASON})
 * @param eventType the event's type, when its bytes decode
 * @param eventId the event's id, likewise
 * @param redrive the last re-drive; null when it was never re-driven
 */
public record DeadLetter(int partition, long offset, Instant deadLetteredAt, String caseId, Origin origin,
        String reason, String eventType, UUID eventId, Redrive redrive) {

    static DeadLetter of(ConsumerRecord<String, byte[]> letter, EventCodec codec, Redrive redrive) {
        EventIdentity event = EventIdentity.of(letter.value(), codec);
        return new DeadLetter(letter.partition(), letter.offset(), Instant.ofEpochMilli(letter.timestamp()),
                letter.key(), Origin.of(letter), header(letter, EventHeaders.DEAD_LETTER_REASON, DeadLetter::text),
                event.type(), event.id(), redrive);
    }

    /** Where the record was first consumed, as Spring Kafka's recoverer noted it; null parts if it did not. */
    public record Origin(String topic, Integer partition, Long offset) {

        static Origin of(ConsumerRecord<?, ?> letter) {
            return new Origin(header(letter, KafkaHeaders.DLT_ORIGINAL_TOPIC, DeadLetter::text),
                    header(letter, KafkaHeaders.DLT_ORIGINAL_PARTITION, (bytes) -> ByteBuffer.wrap(bytes).getInt()),
                    header(letter, KafkaHeaders.DLT_ORIGINAL_OFFSET, (bytes) -> ByteBuffer.wrap(bytes).getLong()));
        }

    }

    private static <T> T header(ConsumerRecord<?, ?> record, String name, Function<byte[], T> reader) {
        Header header = record.headers().lastHeader(name);
        return (header != null) ? reader.apply(header.value()) : null;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

}
