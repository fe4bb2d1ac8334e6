package vn.phoihop.bench;

import java.nio.file.Path;
import java.time.Duration;

import vn.phoihop.audit.cli.AuditCommandLine;

/**
 * {@code audit verify} run in this JVM, as an auditor runs it, timed on the wall clock from the call to its answer:
 * connecting, reading both boards' topics, rebuilding the chains and every case, verifying, printing the verdict.
 *
 * @param exitCode the command's: 0 clean, 1 violations found, 2 could not run
 */
record AuditRun(int exitCode, Duration took) {

    static AuditRun verify(String bootstrapServers, Path keys) {
        long started = System.nanoTime();
        int exitCode = AuditCommandLine.run(new String[] {"verify", "--bootstrap-servers", bootstrapServers, "--keys",
                keys.toString()});
        return new AuditRun(exitCode, Duration.ofNanos(System.nanoTime() - started));
    }

    boolean clean() {
        return exitCode == AuditCommandLine.CLEAN;
    }
}
