package vn.phoihop.messaging;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Signs the stream head every interval, and a last time when the service stops. Runs inside the relay's lifecycle
 * (starts after it, stops before it), so that a leading relay can still publish the last checkpoint.
 */
final class CheckpointSchedule implements SmartLifecycle {

    private static final Log logger = LogFactory.getLog(CheckpointSchedule.class);

    private static final Duration LAST_CHECKPOINT_TIMEOUT = Duration.ofSeconds(5);

    private final StreamCheckpoints checkpoints;

    private final Duration interval;

    private final OutboxPublisher publisher;

    private final RelayState relay;

    private ScheduledExecutorService scheduler;

    private volatile boolean running;

    CheckpointSchedule(StreamCheckpoints checkpoints, Duration interval, OutboxPublisher publisher, RelayState relay) {
        this.checkpoints = checkpoints;
        this.interval = interval;
        this.publisher = publisher;
        this.relay = relay;
    }

    @Override
    public void start() {
        this.scheduler = Executors
            .newSingleThreadScheduledExecutor(Thread.ofPlatform().name("stream-checkpoints").daemon().factory());
        long millis = this.interval.toMillis();
        this.scheduler.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
        this.running = true;
    }

    @Override
    public void stop() {
        this.running = false;
        UUID checkpointId = UUID.randomUUID();
        // asked before the row commits, so the relay cannot publish it unnoticed
        CompletableFuture<Void> published = this.publisher.whenPublished(checkpointId.toString());
        // on the schedule's thread, after a tick in progress; a standby leaves the publication to the leader,
        // a disabled relay to the next one that runs
        CompletableFuture<Void> last = CompletableFuture
            .supplyAsync(() -> this.checkpoints.sign(checkpointId).isPresent(), this.scheduler)
            .thenCompose((signed) -> (signed && this.relay.role() == RelayState.Role.LEADER) ? published
                    : CompletableFuture.completedFuture(null));
        this.scheduler.shutdown();
        try {
            last.get(LAST_CHECKPOINT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException ex) {
            // an unreachable database must not hold up the stop; a checkpoint it commits later is still published
            logger.warn("No last checkpoint published within " + LAST_CHECKPOINT_TIMEOUT
                    + "; one left in the outbox is published by the next relay");
        }
        catch (ExecutionException ex) {
            logger.warn("Could not sign a last checkpoint before stopping", ex.getCause());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        finally {
            this.scheduler.shutdownNow();
            this.publisher.forget(checkpointId.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return this.running;
    }

    // one above the relay's: the web server and the listeners have stopped writing, the relay still runs
    @Override
    public int getPhase() {
        return 1;
    }

    private void tick() {
        try {
            this.checkpoints.signNow();
        }
        catch (RuntimeException ex) {
            // a scheduled task that throws is never run again
            logger.warn("Could not sign a checkpoint; trying again in " + this.interval, ex);
        }
    }

}
