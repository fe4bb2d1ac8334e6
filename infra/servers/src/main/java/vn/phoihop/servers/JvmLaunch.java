package vn.phoihop.servers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a service's JVM is launched, {@code java <options...> -jar <jar>}, and how long it may take to exit once asked
 * to stop before it is killed. The options are the JVM's own (heap size, an AOT cache); the service's arguments come
 * after the jar and are given to {@link ServiceProcess} separately.
 */
public record JvmLaunch(List<String> options, Path jar, Duration stopGrace) {

    /** Time for Spring's graceful shutdown. */
    public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(30);

    public JvmLaunch {
        options = List.copyOf(options);
    }

    public JvmLaunch(List<String> options, Path jar) {
        this(options, jar, DEFAULT_STOP_GRACE);
    }

    /** {@code java -jar <jar>}, with the JVM's defaults. */
    public static JvmLaunch of(Path jar) {
        return new JvmLaunch(List.of(), jar);
    }

    /** The {@code java} this JVM runs on: children started with it run the same Java, which an AOT cache requires. */
    public static String currentJava() {
        return ProcessHandle.current()
            .info()
            .command()
            .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    List<String> command(String java, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        return command;
    }
}
