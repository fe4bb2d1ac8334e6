package vn.phoihop.testing.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;

import vn.phoihop.events.Topics;

/**
 * One record of the synthetic term as a board's relay would publish it.
 *
 * @param topic a board's events topic or its checkpoints topic
 * @param key the case id of an event, the producer of a checkpoint
 * @param value the encoded event or checkpoint ({@code EventCodec.encode})
 * @param timestamp when the broker took it: a little after the event occurred, so the other board reads it later
 * @param headers what the outbox relay adds: copies of an event's envelope, a checkpoint's id, type and producer
 */
public record TermRecord(String topic, String key, byte[] value, Instant timestamp, Map<String, String> headers) {

    /** A case event, not a checkpoint. */
    public boolean isEvent() {
        return topic.equals(Topics.CADRE_BOARD_EVENTS) || topic.equals(Topics.EXECUTIVE_BOARD_EVENTS);
    }

    public ProducerRecord<String, byte[]> toProducerRecord() {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, timestamp.toEpochMilli(), key,
                value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
