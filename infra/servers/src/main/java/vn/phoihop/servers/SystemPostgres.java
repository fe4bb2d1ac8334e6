package vn.phoihop.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The fallback where zonky's binaries cannot run (no user namespaces): the PostgreSQL server installed on the
 * machine, run as an unprivileged user because PostgreSQL refuses to run as root.
 */
final class SystemPostgres implements AutoCloseable {

    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
    private static final String SERVICE_USER = "postgres";
    private static final String FALLBACK_USER = "nobody";

    private final Path binaries;
    private final Path dataDirectory;
    private final int port;

    private SystemPostgres(Path binaries, Path dataDirectory, int port) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    static SystemPostgres start(Path dataDirectory, int port, Map<String, String> settings) throws IOException {
        Path binaries = newestInstallation();
        SystemPostgres server = new SystemPostgres(binaries, dataDirectory, port);
        Files.createDirectories(dataDirectory);
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            server.handOver(dataDirectory);
            server.run(List.of(binaries.resolve("initdb").toString(), "-D", dataDirectory.toString(), "-A", "trust",
                    "-U", "postgres", "-E", "UTF8", "--locale=C"));
        }
        StringBuilder options = new StringBuilder("-p " + port + " -k " + dataDirectory
                + " -c listen_addresses=127.0.0.1");
        settings.forEach((name, value) -> options.append(" -c ").append(name).append('=').append(value));
        server.run(List.of(binaries.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-l",
                dataDirectory.resolve("server.log").toString(), "-w", "-t", "60", "-o", options.toString(), "start"));
        return server;
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws IOException {
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-m", "fast", "-w", "stop"));
    }

    private static Path newestInstallation() throws IOException {
        if (!Files.isDirectory(INSTALLATIONS)) {
            throw new IOException("No PostgreSQL server installed under " + INSTALLATIONS);
        }
        try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
            return versions.filter(version -> Files.isExecutable(version.resolve("bin/pg_ctl")))
                .max(Comparator.comparing(version -> Integer.parseInt(version.getFileName().toString())))
                .map(version -> version.resolve("bin"))
                .orElseThrow(() -> new IOException("No PostgreSQL server installed under " + INSTALLATIONS));
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String unprivilegedUser() throws IOException {
        return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(line -> line.startsWith(SERVICE_USER + ":"))
                ? SERVICE_USER : FALLBACK_USER;
    }

    /** The server refuses a data directory it does not own, so the unprivileged user gets the directory. */
    private void handOver(Path directory) throws IOException {
        if (root()) {
            run(List.of("chown", "-R", unprivilegedUser(), directory.toString()), false);
        }
    }

    private void run(List<String> command) throws IOException {
        run(command, root());
    }

    private void run(List<String> command, boolean unprivileged) throws IOException {
        List<String> full = new ArrayList<>();
        if (unprivileged) {
            full.addAll(List.of("runuser", "-u", unprivilegedUser(), "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + command.get(0), e);
        }
    }

}
