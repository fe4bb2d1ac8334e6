package vn.phoihop.messaging;

import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How inbound failures end. A record that can never succeed (undecodable, foreign, rejected, or failing for any
 * reason not known to pass) goes to the dead-letter topic at once with its reason, and the partition moves on.
 * A transient database or broker failure is retried with backoff, since the record itself is fine; if it
 * persists beyond the backoff the record is dead-lettered too rather than blocking the partition for good.
 */
final class DeadLetters implements DisposableBean {

    private static final Duration FIRST_RETRY = Duration.ofMillis(500);

    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);

    private final DefaultKafkaProducerFactory<String, byte[]> producers;

    private final String topic;

    DeadLetters(Map<String, Object> producerProperties, String topic) {
        Map<String, Object> properties = new HashMap<>(producerProperties);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producers = new DefaultKafkaProducerFactory<>(properties);
        this.topic = topic;
    }

    DefaultErrorHandler errorHandler() {
        // a negative partition lets the producer pick one by key, so the dead-letter topic may differ in size
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                new KafkaTemplate<>(this.producers), (record, failure) -> new TopicPartition(this.topic, -1));
        recoverer.setHeadersFunction(DeadLetterReason::headers);
        ExponentialBackOff backOff = new ExponentialBackOff(FIRST_RETRY.toMillis(), 2);
        backOff.setMaxInterval(LONGEST_RETRY.toMillis());
        backOff.setMaxElapsedTime(GIVE_UP_AFTER.toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.defaultFalse();
        // a transaction that cannot be ended (its connection died with a PostgreSQL restart) is transient too:
        // the fault-injection suite found such records dead-lettered; retrying is safe, the inbox skips a commit
        // that did go through
        handler.addRetryableExceptions(TransientDataAccessException.class, RecoverableDataAccessException.class,
                DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
                TransactionSystemException.class, SQLTransientException.class, RetriableException.class);
        return handler;
    }

    @Override
    public void destroy() {
        this.producers.destroy();
    }

}
