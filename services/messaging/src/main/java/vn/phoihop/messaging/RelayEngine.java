package vn.phoihop.messaging;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * One run of the Debezium engine, on a thread of its own, from start until it is stopped or dies.
 */
final class RelayEngine {

    private final DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;

    private final CompletableFuture<Void> streaming = new CompletableFuture<>();

    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    private volatile boolean stopping;

    /** @param died told, on the engine's thread, when the engine ends without being stopped */
    RelayEngine(Properties settings, OutboxPublisher publisher, Died died) {
        this.engine = DebeziumEngine.create(ChangeEventFormat.of(Connect.class))
            .using(settings)
            .notifying(publisher)
            .using(new DebeziumEngine.ConnectorCallback() {
                // the task creates the slot (if missing) while starting, so from here on every commit is captured
                @Override
                public void taskStarted() {
                    RelayEngine.this.streaming.complete(null);
                }
            })
            .using((success, message, error) -> ended(message, error, died))
            .build();
    }

    void start() {
        Thread.ofPlatform().name("outbox-relay-engine").start(this.engine);
    }

    CompletableFuture<Void> streaming() {
        return this.streaming;
    }

    void awaitStreaming(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            this.streaming.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("the outbox relay did not start", ex.getCause());
        }
    }

    void stop(Duration timeout) throws Exception {
        this.stopping = true;
        // Debezium refuses to stop while its tasks are starting, and to stop twice
        try {
            this.streaming.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (ExecutionException ex) {
            // it has ended
        }
        if (!this.ended.isDone()) {
            this.engine.close();
        }
    }

    private void ended(String message, Throwable error, Died died) {
        Throwable cause = (error != null) ? error : new IllegalStateException(message);
        this.ended.complete(null);
        this.streaming.completeExceptionally(cause);
        if (!this.stopping) {
            died.died(this, cause);
        }
    }

    @FunctionalInterface
    interface Died {

        void died(RelayEngine engine, Throwable cause);

    }

}
