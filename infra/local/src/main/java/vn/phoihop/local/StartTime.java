package vn.phoihop.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.phoihop.servers.Directories;
import vn.phoihop.servers.JvmLaunch;
import vn.phoihop.servers.Machine;
import vn.phoihop.servers.ServiceProcess;

/**
 * How long a service takes from the launch of its JVM until {@code /actuator/health} answers 200, which is what
 * {@link ServiceProcess} waits for: started by plain {@code java -jar}, then as the local stack starts it (the first
 * of those records the AOT cache, the others use it). Each service alone, one start after another on the same
 * database, against PostgreSQL and Kafka already running, all in a fresh temporary directory deleted at the end.
 *
 * <p>From the repository root, after {@code ./mvnw -DskipTests package}: {@code java
 * -Dloader.main=vn.phoihop.local.StartTime -jar infra/local/target/local-0.1.0-SNAPSHOT-exec.jar [starts] [service...]}
 * (3 starts of each kind and every service by default).
 */
public final class StartTime {

    private static final Pattern SPRING_STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");

    private final Servers servers;
    private final Path logDirectory;
    private int started;

    private StartTime(Servers servers, Path logDirectory) {
        this.servers = servers;
        this.logDirectory = logDirectory;
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("logback.configurationFile", "local-stack-logback.xml");
        List<String> arguments = List.of(args);
        int starts = !arguments.isEmpty() && arguments.getFirst().matches("\\d+")
                ? Integer.parseInt(arguments.getFirst()) : 3;
        List<String> names = arguments.stream().filter(argument -> !argument.matches("\\d+")).toList();
        List<StackService> services = Services.of(Path.of("").toAbsolutePath(), LocalStack.version()).stream()
                .filter(service -> names.isEmpty() || names.contains(service.name())).toList();
        Path data = Directories.createTemporary("phoihop-start-time");
        StackSettings settings = StackSettings.onFreePorts(data, services, false);
        LocalStack stack = new LocalStack(settings, new PrintStream(OutputStream.nullOutputStream()));
        System.out.println("Machine: " + Machine.describe());
        try {
            StartTime startTime = new StartTime(stack.startServers(), settings.logDirectory());
            AotCache aotCache = new AotCache(settings.aotDirectory());
            for (StackService service : settings.services()) {
                for (int start = 1; start <= starts; start++) {
                    startTime.measure(service, JvmLaunch.of(service.jar()), "java -jar");
                }
                // one more: the first records the cache
                for (int start = 0; start <= starts; start++) {
                    JvmLaunch launch = aotCache.launchOf(service);
                    startTime.measure(service, launch,
                            AotCache.records(launch) ? "local stack, recording" : "local stack");
                }
            }
        } finally {
            stack.stop();
            Directories.deleteRecursively(data);
        }
    }

    private void measure(StackService service, JvmLaunch launch, String how) throws IOException {
        Path log = logDirectory.resolve(service.name() + "-" + ++started + ".log");
        long launched = System.nanoTime();
        ServiceProcess process = ServiceProcess.start(launch, servers.argumentsOf(service), service.port(), log);
        Duration healthy = Duration.ofNanos(System.nanoTime() - launched);
        Duration cpu = ProcessHandle.of(process.pid()).flatMap(handle -> handle.info().totalCpuDuration())
                .orElse(Duration.ZERO);
        String load = Machine.loadAverage();
        long stopping = System.nanoTime();
        process.stop();
        Duration stop = Duration.ofNanos(System.nanoTime() - stopping);
        System.out.printf("%-16s %-23s launch → healthy %6d ms (Spring: started in %6s s), CPU %5.1f s, stop %5d ms;"
                + " load %s%n", service.name(), how, healthy.toMillis(), springStarted(log), cpu.toMillis() / 1000.0,
                stop.toMillis(), load);
    }

    private static String springStarted(Path log) throws IOException {
        Matcher started = SPRING_STARTED.matcher(Files.readString(log));
        return started.find() ? started.group(1) : "?";
    }
}
