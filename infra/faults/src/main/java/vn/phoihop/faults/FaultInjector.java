package vn.phoihop.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Works through the plan one fault at a time while the workload runs: breaks something, measures how long until
 * the platform works again, repairs what an operator's supervisor would (restarts the killed process), and waits a
 * little before the next.
 */
final class FaultInjector {

    private static final Duration BROKER_DOWN = Duration.ofSeconds(3);

    private static final Duration POSTGRES_DOWN = Duration.ofSeconds(3);

    private static final Duration FROZEN_BEFORE_KILL = Duration.ofSeconds(5);

    private static final int CASES_WHILE_FROZEN = 5;

    // past the session timeout the cluster gives consumers (10 s), so the group moves the stalled one's partitions
    private static final Duration STALLED = Duration.ofSeconds(15);

    private static final Duration POLL = Duration.ofMillis(50);

    private final Cluster cluster;

    private final Workload workload;

    private final Duration gap;

    private final Duration patience;

    private final long started = System.nanoTime();

    private final List<Injection> injections = new CopyOnWriteArrayList<>();

    FaultInjector(Cluster cluster, Workload workload, Duration gap, Duration patience) {
        this.cluster = cluster;
        this.workload = workload;
        this.gap = gap;
        this.patience = patience;
    }

    /** Those injected so far. */
    List<Injection> injections() {
        return List.copyOf(this.injections);
    }

    void inject(List<Fault> plan) {
        for (Fault fault : plan) {
            Sleep.through(this.gap);
            Injection injection = inject(fault);
            System.out.printf("  fault %d/%d at %s: %s on %s, takeover %s, recovery %s%s%n", this.injections.size() + 1,
                    plan.size(), Report.time(injection.at()), fault, injection.target(),
                    Report.seconds(injection.takeover()), Report.seconds(injection.recovery()),
                    injection.note().isEmpty() ? "" : " (" + injection.note() + ")");
            this.injections.add(injection);
        }
    }

    private Injection inject(Fault fault) {
        return switch (fault.kind()) {
            case KILL_LEADER_BEFORE_PUBLICATION -> killLeader(fault, true);
            case KILL_LEADER -> killLeader(fault, false);
            case KILL_STANDBY -> killStandby(fault);
            case KILL_AUDIT -> killAudit(fault);
            case RESTART_BROKER -> restart(fault, () -> this.cluster.restartBroker(BROKER_DOWN), "the broker");
            case RESTART_POSTGRES -> restart(fault, () -> this.cluster.restartPostgres(POSTGRES_DOWN), "PostgreSQL");
            case SLOW_CONSUMER -> stall(fault);
        };
    }

    private Injection killLeader(Fault fault, boolean frozenFirst) {
        List<Replica> replicas = this.cluster.boards(fault.service());
        Replica leader = await(() -> replicas.stream().filter(Replica::leadsRelay).findFirst());
        String note = "";
        if (frozenFirst) {
            Instant frozen = Instant.now();
            leader.pause();
            // new cases while it is frozen: their commits go through the other replica and wait for a relay
            for (int i = 0; i < CASES_WHILE_FROZEN; i++) {
                this.workload.driveOne();
            }
            Sleep.through(FROZEN_BEFORE_KILL);
            note = committedSince(fault.service(), frozen) + " events committed while it was frozen";
        }
        Duration at = sinceStart();
        Canary canary = Canary.start(this.workload);
        leader.kill();
        long killed = System.nanoTime();
        await(() -> replicas.stream().filter(replica -> replica != leader && replica.leadsRelay()).findFirst());
        Duration takeover = Duration.ofNanos(System.nanoTime() - killed);
        Duration recovery = canary.await(this.patience, killed);
        leader.start();
        return new Injection(fault, at, leader.name(), takeover, recovery, note);
    }

    private Injection killStandby(Fault fault) {
        Replica standby = standby(fault.service());
        Duration at = sinceStart();
        Canary canary = Canary.start(this.workload);
        standby.kill();
        long killed = System.nanoTime();
        Duration recovery = canary.await(this.patience, killed);
        standby.start();
        return new Injection(fault, at, standby.name(), null, recovery, "");
    }

    private Injection killAudit(Fault fault) {
        Replica audit = this.cluster.audit();
        Duration at = sinceStart();
        audit.kill();
        long killed = System.nanoTime();
        audit.start();
        return new Injection(fault, at, audit.name(), null, Duration.ofNanos(System.nanoTime() - killed),
                "recovery: until it answered again");
    }

    private Injection restart(Fault fault, Runnable restart, String target) {
        Duration at = sinceStart();
        Canary canary = Canary.start(this.workload);
        long stopped = System.nanoTime();
        restart.run();
        return new Injection(fault, at, target, null, canary.await(this.patience, stopped), "");
    }

    private Injection stall(Fault fault) {
        Replica stalled = standby(fault.service());
        Duration at = sinceStart();
        Canary canary = Canary.start(this.workload);
        long paused = System.nanoTime();
        stalled.pause();
        Sleep.through(STALLED);
        stalled.resume();
        return new Injection(fault, at, stalled.name(), null, canary.await(this.patience, paused),
                "stalled " + STALLED.toSeconds() + " s");
    }

    private Replica standby(String service) {
        List<Replica> replicas = this.cluster.boards(service);
        Replica leader = await(() -> replicas.stream().filter(Replica::leadsRelay).findFirst());
        return replicas.stream().filter(replica -> replica != leader).findFirst().orElseThrow();
    }

    private <T> T await(Supplier<Optional<T>> found) {
        long deadline = System.nanoTime() + this.patience.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = found.get();
            if (value.isPresent()) {
                return value.get();
            }
            Sleep.through(POLL);
        }
        throw new IllegalStateException("No relay leader within " + this.patience.toSeconds() + " s");
    }

    private long committedSince(String board, Instant since) {
        try (Connection connection = DriverManager.getConnection(this.cluster.jdbcUrl(board),
                this.cluster.databaseUser(), this.cluster.databasePassword());
                PreparedStatement count = connection
                    .prepareStatement("select count(*) from outbox where topic = ? and created_at >= ?")) {
            count.setString(1, History.eventsTopic(board));
            count.setTimestamp(2, Timestamp.from(since));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot count the " + board + "'s commits", ex);
        }
    }

    private Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - this.started);
    }

    /** A case of the workload started at the fault, whose round trip between the boards marks the recovery. */
    private record Canary(CountDownLatch roundTrip, AtomicLong cameRound) {

        static Canary start(Workload workload) {
            Canary canary = new Canary(new CountDownLatch(1), new AtomicLong());
            workload.driveOne(() -> {
                canary.cameRound().set(System.nanoTime());
                canary.roundTrip().countDown();
            });
            return canary;
        }

        /** From {@code since}; null when it did not come round within the patience. */
        Duration await(Duration patience, long since) {
            try {
                return this.roundTrip.await(patience.toMillis(), TimeUnit.MILLISECONDS)
                        ? Duration.ofNanos(this.cameRound.get() - since) : null;
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

    }

}
