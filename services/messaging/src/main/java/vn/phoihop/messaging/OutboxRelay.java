package vn.phoihop.messaging;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay's engine while this instance leads, and watches for leadership while it stands by. Starts
 * before the application is ready and, as leader, only returns once the engine streams, so that no write made
 * after readiness can predate the replication slot.
 */
final class OutboxRelay implements SmartLifecycle {

    private static final Log logger = LogFactory.getLog(OutboxRelay.class);

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final MessagingProperties.Relay settings;

    private final RelayLeadership leadership;

    private final Function<RelayEngine.Died, RelayEngine> engines;

    private final RelayState state;

    private ScheduledExecutorService scheduler;

    // read without the monitor by the engine's callbacks, which must never wait for it: stop() holds it
    // while it waits for the engine to end
    private volatile RelayEngine engine;

    private final AtomicInteger failuresInARow = new AtomicInteger();

    private volatile boolean running;

    OutboxRelay(MessagingProperties.Relay settings, RelayLeadership leadership,
            Function<RelayEngine.Died, RelayEngine> engines, RelayState state) {
        this.settings = settings;
        this.leadership = leadership;
        this.engines = engines;
        this.state = state;
    }

    @Override
    public void start() {
        if (!this.settings.enabled()) {
            this.state.role(RelayState.Role.DISABLED);
            this.running = true;
            return;
        }
        long startedAt = System.nanoTime();
        this.scheduler = Executors
            .newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outbox-relay").daemon().factory());
        RelayEngine leading = tryToLead();
        if (leading != null) {
            awaitStreaming(leading);
            logger.info("Outbox relay leads and streams after %d ms"
                .formatted(Duration.ofNanos(System.nanoTime() - startedAt).toMillis()));
        }
        else {
            logger.info("Outbox relay stands by: another instance leads");
        }
        long interval = this.settings.standbyPollInterval().toMillis();
        this.scheduler.scheduleWithFixedDelay(this::watchLeadership, interval, interval, TimeUnit.MILLISECONDS);
        this.running = true;
    }

    @Override
    public void stop() {
        this.running = false;
        if (this.scheduler != null) {
            this.scheduler.shutdownNow();
        }
        synchronized (this) {
            stopEngine();
            this.leadership.release();
            this.state.role(RelayState.Role.STOPPED);
        }
    }

    @Override
    public boolean isRunning() {
        return this.running;
    }

    // before the web server and the listeners start, after they stop
    @Override
    public int getPhase() {
        return 0;
    }

    private void awaitStreaming(RelayEngine leading) {
        try {
            leading.awaitStreaming(this.settings.startTimeout());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("Interrupted while the outbox relay started", ex);
        }
        catch (Exception ex) {
            stop();
            throw new IllegalStateException("The outbox relay did not start streaming", ex);
        }
    }

    private synchronized RelayEngine tryToLead() {
        try {
            if (!this.leadership.tryAcquire()) {
                this.state.role(RelayState.Role.STANDBY);
                return null;
            }
        }
        catch (Exception ex) {
            this.state.failed(ex);
            this.state.role(RelayState.Role.STANDBY);
            return null;
        }
        this.state.role(RelayState.Role.LEADER);
        return startEngine();
    }

    private synchronized RelayEngine startEngine() {
        RelayEngine started = this.engines.apply(this::died);
        this.engine = started;
        this.state.starting();
        started.streaming().thenRun(() -> streams(started));
        started.start();
        return started;
    }

    private void streams(RelayEngine streaming) {
        if (this.engine == streaming) {
            this.failuresInARow.set(0);
            this.state.streaming();
        }
    }

    private void died(RelayEngine dead, Throwable cause) {
        this.state.failed(cause);
        logger.warn("Outbox relay engine died; restarting", cause);
        try {
            this.scheduler.schedule(() -> restart(dead), backoff().toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (RejectedExecutionException ex) {
            // stopping
        }
    }

    private Duration backoff() {
        Duration delay = Duration.ofSeconds(1L << Math.min(this.failuresInARow.getAndIncrement(), 5));
        return (delay.compareTo(MAX_BACKOFF) < 0) ? delay : MAX_BACKOFF;
    }

    private synchronized void restart(RelayEngine dead) {
        if (this.running && this.engine == dead && this.state.role() == RelayState.Role.LEADER) {
            startEngine();
        }
    }

    private void watchLeadership() {
        try {
            if (this.state.role() == RelayState.Role.STANDBY && tryToLead() != null) {
                logger.info("Outbox relay took over the lead");
            }
            else if (this.state.role() == RelayState.Role.LEADER && !this.leadership.held()) {
                logger.warn("Outbox relay lost its leadership session; standing by");
                standBy();
            }
        }
        catch (Exception ex) {
            // a scheduled task that throws is never run again
            this.state.failed(ex);
        }
    }

    private synchronized void standBy() {
        stopEngine();
        this.leadership.release();
        this.state.role(RelayState.Role.STANDBY);
    }

    private void stopEngine() {
        if (this.engine == null) {
            return;
        }
        try {
            this.engine.stop(this.settings.startTimeout());
        }
        catch (Exception ex) {
            logger.warn("Outbox relay engine did not stop cleanly", ex);
        }
        this.engine = null;
        this.state.stopped();
    }

}
