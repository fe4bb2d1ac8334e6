package vn.phoihop.servers;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed with SIGKILL leaves its postmaster running on the data directory, and the next start on that
 * directory would fail. The lock file zonky holds while it owns the directory tells an orphan from a live owner.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final String OWNER_LOCK = "epg-lock";
    private static final long SHUTDOWN_WAIT_SECONDS = 30;

    private OrphanedPostmaster() {
    }

    static void stopIfAny(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        ensureNoLiveOwner(dataDirectory.resolve(OWNER_LOCK));
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid = Long.parseLong(lines.getFirst().trim());
        ProcessHandle.of(pid)
                .filter(process -> process.info().command().orElse("").endsWith("/postgres"))
                .ifPresent(OrphanedPostmaster::fastShutdown);
    }

    private static void ensureNoLiveOwner(Path ownerLock) throws IOException {
        if (!Files.exists(ownerLock)) {
            return;
        }
        try (RandomAccessFile file = new RandomAccessFile(ownerLock.toFile(), "rw");
                FileLock lock = file.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another process runs PostgreSQL on " + ownerLock.getParent());
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("This JVM already runs PostgreSQL on " + ownerLock.getParent(), e);
        }
    }

    private static void fastShutdown(ProcessHandle postmaster) {
        log.warn("Stopping PostgreSQL (pid {}) left running by a previous run", postmaster.pid());
        try {
            // SIGINT is PostgreSQL's fast shutdown; SIGTERM would wait for clients that may be orphans too
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start().waitFor();
            postmaster.onExit().get(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL pid " + postmaster.pid(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL pid " + postmaster.pid() + " did not stop", e);
        }
    }
}
