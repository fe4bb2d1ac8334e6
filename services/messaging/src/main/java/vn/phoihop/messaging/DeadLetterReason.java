package vn.phoihop.messaging;

import java.nio.charset.StandardCharsets;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import vn.phoihop.events.UndecodableEventException;

/**
 * The {@code phoihop-dlt-reason} header: one line saying why a record was refused, for the person who reads the
 * dead-letter topic.
 */
final class DeadLetterReason {

    private static final Log logger = LogFactory.getLog(DeadLetterReason.class);

    private DeadLetterReason() {
    }

    static Headers headers(ConsumerRecord<?, ?> record, Exception failure) {
        String reason = of(failure);
        // the key is the case id; the value is never logged
        logger.warn("Dead-lettering %s-%d@%d of case %s: %s".formatted(record.topic(), record.partition(),
                record.offset(), record.key(), reason));
        return new RecordHeaders().add(EventHeaders.DEAD_LETTER_REASON, reason.getBytes(StandardCharsets.UTF_8));
    }

    static String of(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof ListenerExecutionFailedException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return switch (cause) {
            case UndecodableEventException undecodable -> "undecodable: " + undecodable.getMessage();
            case RejectedEventException rejected -> "rejected: " + rejected.getMessage();
            default -> "failed: " + cause.getClass().getName() + ": " + cause.getMessage();
        };
    }

}
