package vn.phoihop.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import vn.phoihop.servers.JvmLaunch;

/**
 * Runs a main class in a child JVM of the same {@code java}, on this JVM's classes, for a tool that prints its
 * results and exits: neither its output nor its exit reaches the caller. From a Spring Boot exec jar the child starts
 * through the jar's PropertiesLauncher, the only reader of the jars nested in it.
 */
final class ChildJvm {

    static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private static final String LOGBACK = """
            <configuration>
              <appender name="stderr" class="ch.qos.logback.core.ConsoleAppender">
                <target>System.err</target>
                <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger - %msg%n</pattern></encoder>
              </appender>
              <root level="WARN"><appender-ref ref="stderr"/></root>
            </configuration>
            """;

    private static final int ERROR_LINES = 20;

    private ChildJvm() {
    }

    /**
     * Runs {@code mainClass} to its end with its output in {@code directory}.
     *
     * @return what it printed on its standard output
     * @throws IllegalStateException if it exits with a non-zero code, with the end of its standard error
     */
    static String run(String mainClass, List<String> arguments, Path directory) {
        Path out = directory.resolve(mainClass + ".out");
        Path err = directory.resolve(mainClass + ".err");
        try {
            Path logback = Files.writeString(directory.resolve("logback.xml"), LOGBACK);
            List<String> options = List.of(
                    // as Kafka's own kafka-*-perf-test scripts give the tools
                    "-Xmx512m",
                    // Logback's default would print every client's DEBUG lines on the standard output we parse
                    "-Dlogback.configurationFile=" + logback,
                    // the tools print their numbers in the default locale's format
                    "-Duser.language=en", "-Duser.country=US");
            Process process = new ProcessBuilder(command(JvmLaunch.currentJava(), System.getProperty("java.class.path"),
                    options, mainClass, arguments))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
            int exitCode = waitFor(process);
            if (exitCode != 0) {
                List<String> errors = Files.readAllLines(err);
                throw new IllegalStateException("%s exited with %d:%n%s".formatted(mainClass, exitCode,
                        String.join("\n", errors.subList(Math.max(0, errors.size() - ERROR_LINES), errors.size()))));
            }
            return Files.readString(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + mainClass + " in a child JVM", e);
        }
    }

    static List<String> command(String java, String classPath, List<String> options, String mainClass,
            List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        if (isPropertiesLauncherJar(classPath)) {
            command.addAll(List.of("-Dloader.main=" + mainClass, "-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, mainClass));
        }
        command.addAll(arguments);
        return command;
    }

    private static boolean isPropertiesLauncherJar(String classPath) {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            Manifest manifest = jar.getManifest();
            return manifest != null
                    && PROPERTIES_LAUNCHER.equals(manifest.getMainAttributes().getValue("Main-Class"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the manifest of " + classPath, e);
        }
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a child JVM", e);
        }
    }
}
