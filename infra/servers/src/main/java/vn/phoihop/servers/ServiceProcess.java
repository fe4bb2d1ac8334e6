package vn.phoihop.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A service started as {@code java [options...] -jar <jar> <arguments...>} ({@link JvmLaunch}) in its own OS process,
 * with the JVM running this code, its output appended to a log file. Ready once {@code GET /actuator/health} answers
 * 200. Processes still running when this JVM exits normally or on SIGTERM/SIGINT are stopped; a SIGKILL of this JVM
 * cannot be caught.
 */
public final class ServiceProcess {

    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Set<ServiceProcess> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ServiceProcess::stopAllRunning, "service-process-reaper"));
    }

    private final Process process;
    private final int port;
    private final Path logFile;
    private final Duration stopGrace;

    private ServiceProcess(Process process, int port, Path logFile, Duration stopGrace) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
        this.stopGrace = stopGrace;
        RUNNING.add(this);
        process.onExit().thenRun(() -> RUNNING.remove(this));
    }

    public static ServiceProcess start(Path jar, List<String> arguments, int port, Path logFile) {
        return start(JvmLaunch.of(jar), arguments, port, logFile, DEFAULT_STARTUP_TIMEOUT);
    }

    public static ServiceProcess start(Path jar, List<String> arguments, int port, Path logFile,
            Duration startupTimeout) {
        return start(JvmLaunch.of(jar), arguments, port, logFile, startupTimeout);
    }

    public static ServiceProcess start(JvmLaunch launch, List<String> arguments, int port, Path logFile) {
        return start(launch, arguments, port, logFile, DEFAULT_STARTUP_TIMEOUT);
    }

    /** Returns once healthy; otherwise kills the process and throws with the tail of its log. */
    public static ServiceProcess start(JvmLaunch launch, List<String> arguments, int port, Path logFile,
            Duration startupTimeout) {
        List<String> command = launch.command(JvmLaunch.currentJava(), arguments);
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile.toFile()))
                    .start();
            ServiceProcess service = new ServiceProcess(process, port, logFile, launch.stopGrace());
            service.awaitHealthy(launch.jar().getFileName().toString(), startupTimeout);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + launch.jar(), e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code; only meaningful once the process has ended. */
    public int exitValue() {
        return process.exitValue();
    }

    /** Within the stop grace of its launch. */
    public void stop() {
        stop(stopGrace);
    }

    /** SIGTERM, so Spring shuts down gracefully; SIGKILL when the grace runs out. */
    public void stop(Duration grace) {
        process.destroy();
        if (!awaitExit(grace)) {
            kill();
        }
    }

    /** SIGKILL now, as a crash would: no shutdown hooks run in the service. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(JvmLaunch.DEFAULT_STOP_GRACE);
    }

    private boolean awaitExit(Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private void awaitHealthy(String name, Duration timeout) {
        URI health = baseUri().resolve("/actuator/health");
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw failure(name + " exited with code " + process.exitValue() + " before it was healthy");
                }
                if (answers200(client, request)) {
                    return;
                }
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
        kill();
        throw failure(name + " did not answer 200 on " + health + " within " + timeout.toSeconds() + " s");
    }

    private static boolean answers200(HttpClient client, HttpRequest request) throws InterruptedException {
        try {
            return client.send(request, BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private IllegalStateException failure(String reason) {
        return new IllegalStateException(reason + "; the end of " + logFile + ":\n" + LogTail.of(logFile, 40));
    }

    private static void stopAllRunning() {
        // signal all first so they shut down in parallel, then wait for each
        List<ServiceProcess> running = List.copyOf(RUNNING);
        running.forEach(service -> service.process.destroy());
        running.forEach(ServiceProcess::stop);
    }
}
