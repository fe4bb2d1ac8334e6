package vn.phoihop.messaging;

import java.nio.charset.StandardCharsets;

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

    private DeadLetterReason() {
    }

    static Headers headers(ConsumerRecord<?, ?> record, Exception failure) {
        return new RecordHeaders()
            .add(EventHeaders.DEAD_LETTER_REASON, of(failure).getBytes(StandardCharsets.UTF_8));
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
