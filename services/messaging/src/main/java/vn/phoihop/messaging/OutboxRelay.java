package vn.phoihop.messaging;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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

    private final MessagingProperties.Relay settings;

    private final RelayLeadership leadership;

    private final Function<RelayEngine.Died, RelayEngine> engines;

    private final RelayState state;

    private ScheduledExecutorService scheduler;

    private EngineSupervisor supervisor;

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
        this.supervisor = new EngineSupervisor(this.engines, this.state, this.scheduler, this.settings.startTimeout());
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
            standBy();
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
        return this.supervisor.start();
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
        this.supervisor.stop();
        this.leadership.release();
        this.state.role(RelayState.Role.STANDBY);
    }

}
