package vn.phoihop.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run of the suite: start the platform with two replicas of each board, drive cases while the plan's faults are
 * injected, let the platform settle, then judge the history from the databases, the topics and the audit.
 *
 * @param cases at least this many cases
 * @param faults this many faults, one after the other
 * @param concurrency cases in flight at once
 * @param directory data and logs of the run
 * @param patience how long one step of a case, or one recovery, may take before it counts as stuck
 * @param gap time between a fault's repair and the next fault
 * @param serviceJvmOptions JVM options of every service: none in the full run, whose restarts and recoveries are
 *     then those of production's JVMs; CI's reduced run starts them quickly
 */
record FaultRun(int cases, int faults, int concurrency, Path directory, Duration patience, Duration gap,
        List<String> serviceJvmOptions) {

    private static final int REPLICAS_PER_BOARD = 2;

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    RunResult run() {
        long started = System.nanoTime();
        try (Cluster cluster = Cluster.start(this.directory,
                ClusterSettings.replicas(REPLICAS_PER_BOARD).withServiceJvmOptions(this.serviceJvmOptions))) {
            Duration startup = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("Platform up in %s: two replicas of each board, the audit, a broker, PostgreSQL%n",
                    Report.seconds(startup));
            Parties parties = Parties.of(cluster);
            parties.enterRoster();
            Workload workload = new Workload(new Cycle(parties, this.patience), this.concurrency);
            FaultInjector injector = new FaultInjector(cluster, workload, this.gap, this.patience);
            AtomicBoolean injecting = new AtomicBoolean(true);
            long driving = System.nanoTime();
            CompletableFuture<Void> faults = CompletableFuture.runAsync(() -> injector.inject(Fault.plan(this.faults)),
                    runnable -> Thread.ofVirtual().start(runnable))
                .whenComplete((done, failure) -> injecting.set(false));
            Thread progress = Thread.ofVirtual().start(() -> progress(workload, injector));
            workload.run(this.cases, injecting);
            progress.interrupt();
            await(faults);
            Duration drive = Duration.ofNanos(System.nanoTime() - driving);
            System.out.printf("Driven in %s; letting the platform settle%n", Report.seconds(drive));
            History history = Settling.await(cluster, this.patience);
            Findings findings = Findings.of(history, workload.trails());
            AuditVerdict audit = AuditVerdict.settle(parties.auditAdmin(), parties.auditor(), this.patience);
            return new RunResult(this, findings, injector.injections(), audit, startup, drive);
        }
    }

    private static void progress(Workload workload, FaultInjector injector) {
        try {
            while (true) {
                Thread.sleep(PROGRESS_EVERY);
                System.out.printf("  %d cases finished, %d faults injected%n", workload.finished(),
                        injector.injections().size());
            }
        }
        catch (InterruptedException ex) {
            // the run is over
        }
    }

    private static void await(CompletableFuture<Void> faults) {
        try {
            faults.get();
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("The fault injection failed", ex.getCause());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

}
