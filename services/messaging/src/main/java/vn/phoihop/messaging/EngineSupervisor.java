package vn.phoihop.messaging;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Keeps an engine running while the relay leads: an engine that dies is replaced after a backoff that doubles
 * from one second up to 32, and starts from one again once an engine streams. It resumes from the committed
 * offsets, so whatever the dead engine had not got acknowledged by Kafka is published again.
 */
final class EngineSupervisor {

    private static final Log logger = LogFactory.getLog(EngineSupervisor.class);

    private static final int LONGEST_BACKOFF_EXPONENT = 5;

    private final Function<RelayEngine.Died, RelayEngine> engines;

    private final RelayState state;

    private final ScheduledExecutorService scheduler;

    private final Duration stopTimeout;

    private final AtomicInteger failuresInARow = new AtomicInteger();

    // read without the monitor by the engine's callbacks, which must never wait for it: stop() holds it
    // while it waits for the engine to end
    private volatile RelayEngine engine;

    EngineSupervisor(Function<RelayEngine.Died, RelayEngine> engines, RelayState state,
            ScheduledExecutorService scheduler, Duration stopTimeout) {
        this.engines = engines;
        this.state = state;
        this.scheduler = scheduler;
        this.stopTimeout = stopTimeout;
    }

    synchronized RelayEngine start() {
        RelayEngine started = this.engines.apply(this::died);
        this.engine = started;
        this.state.starting();
        started.streaming().thenRun(() -> streams(started));
        started.start();
        return started;
    }

    synchronized void stop() {
        RelayEngine stopping = this.engine;
        this.engine = null;
        if (stopping == null) {
            return;
        }
        try {
            stopping.stop(this.stopTimeout);
        }
        catch (Exception ex) {
            logger.warn("Outbox relay engine did not stop cleanly", ex);
        }
        this.state.stopped();
    }

    private void streams(RelayEngine streaming) {
        if (this.engine == streaming) {
            this.failuresInARow.set(0);
            this.state.streaming();
        }
    }

    private void died(RelayEngine dead, Throwable cause) {
        this.state.failed(cause);
        long backoff = 1L << Math.min(this.failuresInARow.getAndIncrement(), LONGEST_BACKOFF_EXPONENT);
        logger.warn("Outbox relay engine died; restarting in %d s".formatted(backoff), cause);
        try {
            this.scheduler.schedule(() -> restart(dead), backoff, TimeUnit.SECONDS);
        }
        catch (RejectedExecutionException ex) {
            // the relay is stopping
        }
    }

    // only if no stop or newer start came in between
    private synchronized void restart(RelayEngine dead) {
        if (this.engine == dead) {
            start();
        }
    }

}
