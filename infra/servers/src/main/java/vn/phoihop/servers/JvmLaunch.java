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

    /**
     * For a service that lives as long as a test: the JIT's first tier only and the serial collector. A board's start
     * then takes 19–22 s of CPU instead of 28–30 s (StartTime, idle machine), which on two cores shared by several
     * services shortens every start; its code runs slower, which a test does not notice, a benchmark would.
     */
    public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** {@code java -jar <jar>}, with the JVM's defaults. */
    public static JvmLaunch of(Path jar) {
        return new JvmLaunch(List.of(), jar);
    }

    /** {@code java -jar <jar>} with {@link #QUICK_START}. */
    public static JvmLaunch quickStart(Path jar) {
        return new JvmLaunch(QUICK_START, jar);
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
