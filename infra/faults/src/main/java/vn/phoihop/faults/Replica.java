package vn.phoihop.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.phoihop.servers.JvmLaunch;
import vn.phoihop.servers.ServiceProcess;

/**
 * One instance of a service, started from its executable jar; it can be killed, paused and started again on the
 * same port with the same settings, as an operator's process supervisor would.
 */
public final class Replica {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    // five JVMs start at once on two cores, beside the broker and the database
    private static final Duration STARTUP = Duration.ofMinutes(4);

    private final String service;

    private final String name;

    private final JvmLaunch launch;

    private final int port;

    private final List<String> arguments;

    private final Path logFile;

    private volatile ServiceProcess process;

    private volatile boolean paused;

    /** Runs with {@code jvmOptions}, and logs its garbage collections to {@link #gcLog()}. */
    Replica(String service, String name, Path jar, List<String> jvmOptions, int port, List<String> arguments,
            Path logFile) {
        this.service = service;
        this.name = name;
        this.port = port;
        this.arguments = List.copyOf(arguments);
        this.logFile = logFile;
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Xlog:gc:file=" + gcLog());
        this.launch = new JvmLaunch(options, jar);
    }

    String service() {
        return this.service;
    }

    public String name() {
        return this.name;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + this.port);
    }

    /** The JVM's garbage collections, one line each ({@code -Xlog:gc}): how much heap it used under the load. */
    public Path gcLog() {
        return this.logFile.resolveSibling(this.name + ".gc.log");
    }

    /** Returns once healthy. */
    void start() {
        this.process = ServiceProcess.start(this.launch, this.arguments, this.port, this.logFile, STARTUP);
        this.paused = false;
    }

    /** SIGKILL: no shutdown hook, no last checkpoint, no offset commit. */
    void kill() {
        resume();
        this.process.kill();
    }

    void stop() {
        resume();
        if (this.process != null && this.process.isAlive()) {
            this.process.stop();
        }
    }

    /** SIGSTOP: the process holds its connections, partitions and locks, and does nothing with them. */
    void pause() {
        signal("STOP");
        this.paused = true;
    }

    void resume() {
        if (this.paused) {
            signal("CONT");
            this.paused = false;
        }
    }

    /** Whether requests sent to it can be answered now. */
    boolean serving() {
        return !this.paused && this.process != null && this.process.isAlive();
    }

    /** True when this instance runs its service's outbox relay, as its health endpoint says. */
    boolean leadsRelay() {
        if (!serving()) {
            return false;
        }
        try {
            String body = HTTP.send(HttpRequest.newBuilder(baseUri().resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build(), BodyHandlers.ofString()).body();
            JsonNode relay = JSON.readTree(body).path("components").path("outboxRelay").path("details");
            return "leader".equals(relay.path("role").asText()) && "streaming".equals(relay.path("engine").asText());
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void signal(String signal) {
        try {
            int status = new ProcessBuilder("kill", "-" + signal, Long.toString(this.process.pid())).start().waitFor();
            if (status != 0) {
                throw new IllegalStateException("kill -" + signal + " " + this.name + " exited with " + status);
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot signal " + this.name, ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public String toString() {
        return this.name;
    }

}
