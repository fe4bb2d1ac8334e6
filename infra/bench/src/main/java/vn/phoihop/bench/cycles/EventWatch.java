package vn.phoihop.bench.cycles;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Tells the load's drivers when a board has published an event of a case, so that a driver waiting for the other
 * board learns of it by one notification instead of polling the REST API: polling at the rates of a benchmark would
 * spend the machine's two cores on the wait itself.
 */
final class EventWatch implements AutoCloseable {

    private static final String EVENT_TYPE = "eventType";

    private final KafkaConsumer<String, byte[]> consumer;

    private final Map<String, CompletableFuture<Void>> expected = new ConcurrentHashMap<>();

    private final Thread poller;

    private final CountDownLatch positioned = new CountDownLatch(1);

    private volatile boolean running = true;

    EventWatch(Map<String, Object> client, List<String> topics) {
        Map<String, Object> settings = new HashMap<>(client);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(settings);
        List<TopicPartition> partitions = topics.stream()
            .flatMap(topic -> this.consumer.partitionsFor(topic)
                .stream()
                .map(info -> new TopicPartition(topic, info.partition())))
            .toList();
        this.consumer.assign(partitions);
        this.consumer.seekToEnd(partitions);
        this.poller = Thread.ofPlatform().name("event-watch").daemon().start(this::poll);
        try {
            this.positioned.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Ask before the command that causes the event is sent, or the event may pass unseen. */
    CompletableFuture<Void> expect(String caseId, String eventType) {
        return this.expected.computeIfAbsent(key(caseId, eventType), any -> new CompletableFuture<>());
    }

    void forget(String caseId, String eventType) {
        this.expected.remove(key(caseId, eventType));
    }

    private void poll() {
        try {
            this.consumer.assignment().forEach(this.consumer::position);
            this.positioned.countDown();
            while (this.running) {
                for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(100))) {
                    Header type = record.headers().lastHeader(EVENT_TYPE);
                    if (record.key() != null && type != null) {
                        CompletableFuture<Void> waiting = this.expected
                            .remove(key(record.key(), new String(type.value(), StandardCharsets.UTF_8)));
                        if (waiting != null) {
                            waiting.complete(null);
                        }
                    }
                }
            }
        }
        catch (WakeupException stopping) {
            // close() woke the consumer up to end the loop
        }
        finally {
            this.positioned.countDown();
            this.consumer.close(Duration.ofSeconds(5));
        }
    }

    private static String key(String caseId, String eventType) {
        return caseId + '/' + eventType;
    }

    @Override
    public void close() {
        this.running = false;
        this.consumer.wakeup();
        try {
            this.poller.join(Duration.ofSeconds(10));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
