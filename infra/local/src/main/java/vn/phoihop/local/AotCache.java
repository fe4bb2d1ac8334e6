package vn.phoihop.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import vn.phoihop.servers.Directories;
import vn.phoihop.servers.JvmLaunch;

/**
 * Starts each service with the JDK's AOT cache (JEP 483, 514, 515): the classes an earlier run of the same jar
 * loaded and linked, and its method profiles, so the JVM neither reads, verifies and links them again nor profiles
 * from scratch. The cache holds only classes from a plain class path, so the service runs from a copy of its jar
 * that Spring Boot's {@code jarmode=tools extract} has laid out as one, in {@code <data>/aot/<service>/app/}.
 *
 * <p>A service without a cache records one while it runs, which its JVM writes as it exits (that stop takes half a
 * minute or more); the next start uses it. The copy and the cache are made again when the jar's content, the Java
 * runtime or the options change. Before Java 25, which cannot record in the same run, a service runs from its jar as
 * it is.
 */
final class AotCache {

    // the heap every service has to live within (issue 7)
    private static final String HEAP = "-Xmx512m";

    private static final int RECORDING_SINCE = 25;

    // the recording run lists every class it could not cache, which is no fault; errors still show
    private static final String QUIET = "-Xlog:aot=error";

    // after Spring's shutdown the recording JVM writes the cache, 15-60 s on two busy cores; killed, it leaves the
    // writing to a process of its own and its recording (100 MB) behind
    private static final Duration WRITING_THE_CACHE = Duration.ofMinutes(2);

    private final Path directory;
    private final Runtime.Version java;

    AotCache(Path directory) {
        this(directory, Runtime.version());
    }

    /** @param java the Java runtime the services run on */
    AotCache(Path directory, Runtime.Version java) {
        this.directory = directory;
        this.java = java;
    }

    JvmLaunch launchOf(StackService service) {
        if (java.feature() < RECORDING_SINCE) {
            return new JvmLaunch(List.of(HEAP), service.jar());
        }
        Path home = directory.resolve(service.name());
        Path copy = home.resolve("app");
        // the cache is valid only for the same class path, runtime and heap settings
        String madeFor = String.join("\n", JarContent.fingerprint(service.jar()), java.toString(), HEAP, QUIET);
        if (!madeFor.equals(read(home.resolve("made-for")))) {
            Directories.deleteRecursively(home);
            copy(service.jar(), copy);
            write(home.resolve("made-for"), madeFor);
        }
        Path jar = copy.resolve(service.jar().getFileName());
        Path cache = home.resolve(service.name() + ".aot");
        if (Files.isRegularFile(cache)) {
            return new JvmLaunch(List.of(HEAP, QUIET, "-XX:AOTCache=" + cache), jar);
        }
        return new JvmLaunch(List.of(HEAP, QUIET, "-XX:AOTCacheOutput=" + cache), jar, WRITING_THE_CACHE);
    }

    /** Whether this launch records the cache, which its JVM then writes as it exits. */
    static boolean records(JvmLaunch launch) {
        return launch.options().stream().anyMatch(option -> option.startsWith("-XX:AOTCacheOutput="));
    }

    /** Spring Boot's layout the cache accepts: the application's jar, its libraries beside; a plain jar as it is. */
    private static void copy(Path jar, Path destination) {
        try {
            if (!JarContent.nestsJars(jar)) {
                Files.createDirectories(destination);
                Files.copy(jar, destination.resolve(jar.getFileName()));
                return;
            }
            List<String> command = List.of(JvmLaunch.currentJava(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", destination.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("Cannot extract " + jar + " into " + destination + ":\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + jar + " into " + destination, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while extracting " + jar, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
