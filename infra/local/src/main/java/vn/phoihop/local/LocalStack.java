package vn.phoihop.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import vn.phoihop.events.Topics;
import vn.phoihop.local.demo.DemoSeeder;
import vn.phoihop.local.demo.Seeding;
import vn.phoihop.servers.BoardAcls;
import vn.phoihop.servers.JvmLaunch;
import vn.phoihop.servers.KafkaUsers;
import vn.phoihop.servers.LocalKafka;
import vn.phoihop.servers.LocalPostgres;
import vn.phoihop.servers.ServiceProcess;

/**
 * Starts PostgreSQL, the Kafka broker and the services, replays the demo term once, and on Ctrl-C stops them
 * in reverse order. Data survives restarts in the data directory.
 */
public final class LocalStack {

    private static final List<String> TOPICS = List.of(Topics.CADRE_BOARD_EVENTS, Topics.EXECUTIVE_BOARD_EVENTS);
    private static final int TOPIC_PARTITIONS = 3;
    // a board's checkpoints are one sequence; declared here too so the audit finds them before a board has signed
    private static final List<String> CHECKPOINT_TOPICS = List.of(Topics.CADRE_BOARD_CHECKPOINTS,
            Topics.EXECUTIVE_BOARD_CHECKPOINTS);

    private final StackSettings settings;
    private final CheckpointKeys keys;
    private final AotCache aotCache;
    private final PrintStream out;
    // what has started, last first, so a failure half-way still stops everything already running
    private final Deque<Running> running = new ConcurrentLinkedDeque<>();

    LocalStack(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.keys = new CheckpointKeys(settings.keysDirectory());
        this.aotCache = new AotCache(settings.aotDirectory());
        this.out = out;
    }

    public static void main(String[] args) throws InterruptedException {
        // not logback.xml: this jar is also on the test classpath of every module that uses the demo's data, whose
        // own logging it must not take over
        System.setProperty("logback.configurationFile",
                System.getProperty("logback.configurationFile", "local-stack-logback.xml"));
        if (StackSettings.wantsHelp(List.of(args))) {
            System.out.println(StackSettings.USAGE);
            return;
        }
        StackSettings settings;
        try {
            settings = StackSettings.fromArguments(List.of(args), Path.of("").toAbsolutePath(), version());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LocalStack stack = new LocalStack(settings, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
        try {
            stack.start().print(System.out);
        } catch (RuntimeException e) {
            System.err.println("The local stack could not start: " + e.getMessage());
            System.exit(1);
        }
        // everything runs in other threads and processes; the shutdown hook ends it
        Thread.currentThread().join();
    }

    Summary start() {
        long started = System.nanoTime();
        settings.services().forEach(LocalStack::requireJar);
        Servers servers = startServers();
        startServices(servers);
        Seeding seeding = settings.demo() ? seed() : Seeding.skipped();
        LandingPage landing = LandingPage.start(settings.landingPort(), settings.services());
        running.push(new Running("the landing page", landing::stop));
        return new Summary(settings, servers.postgres(), servers.kafka(), keys, seeding,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** PostgreSQL and the broker side by side: neither needs the other, and the services need both. */
    Servers startServers() {
        KafkaUsers kafkaUsers = KafkaUsers.keptIn(settings.kafkaCredentialsDirectory(), BoardAcls.PRINCIPALS);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<LocalKafka> kafka = executor.submit(() -> startKafka(kafkaUsers));
            LocalPostgres postgres = startPostgres();
            return new Servers(postgres, awaited(kafka), kafkaUsers, keys);
        }
    }

    /** Idempotent; safe from the shutdown hook after a failed start. */
    void stop() {
        if (running.isEmpty()) {
            return;
        }
        Running next;
        while ((next = running.pollFirst()) != null) {
            out.println("Stopping " + next.name());
            try {
                next.stop().run();
            } catch (RuntimeException e) {
                out.println("Could not stop " + next.name() + ": " + e.getMessage());
            }
        }
        out.println("Stopped.");
    }

    private static void requireJar(StackService service) {
        if (!Files.isRegularFile(service.jar())) {
            throw new IllegalStateException(service.jar() + " is missing; build it with ./mvnw -DskipTests package");
        }
    }

    private LocalPostgres startPostgres() {
        LocalPostgres postgres = LocalPostgres.builder()
                .durable()
                .dataDirectory(settings.dataDirectory().resolve("postgres"))
                .port(settings.postgresPort())
                .logFile(settings.logDirectory().resolve("postgres.log"))
                .stopAtJvmExit(false)
                .start();
        running.push(new Running("PostgreSQL", postgres::stop));
        settings.services().forEach(service -> postgres.createDatabase(service.database()));
        return postgres;
    }

    /** Secured as a production cluster is, so a board that writes the other's topic is refused here too. */
    private LocalKafka startKafka(KafkaUsers kafkaUsers) {
        LocalKafka kafka = LocalKafka.builder()
                .dataDirectory(settings.dataDirectory().resolve("kafka"))
                .port(settings.kafkaPort())
                .secured(kafkaUsers)
                .stopAtJvmExit(false)
                .start();
        running.push(new Running("Kafka", kafka::stop));
        kafka.grant(BoardAcls.of(""));
        TOPICS.forEach(topic -> kafka.createTopicIfAbsent(topic, TOPIC_PARTITIONS));
        CHECKPOINT_TOPICS.forEach(topic -> kafka.createTopicIfAbsent(topic, 1));
        return kafka;
    }

    /**
     * In parallel: each service spends most of its start waiting on its own JVM. Stopped together too: a JVM that
     * recorded its AOT cache takes half a minute to write it.
     */
    private void startServices(Servers servers) {
        Map<String, ServiceProcess> started = new ConcurrentHashMap<>();
        running.push(new Running(String.join(", ", settings.services().stream().map(StackService::name).toList()),
                () -> stopTogether(started.values())));
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> starts = new ArrayList<>();
            for (StackService service : settings.services()) {
                starts.add(executor.submit(() -> started.put(service.name(), startService(service, servers))));
            }
            starts.forEach(LocalStack::awaited);
        }
    }

    private ServiceProcess startService(StackService service, Servers servers) {
        JvmLaunch launch = aotCache.launchOf(service);
        out.println("Starting " + service.name() + " on port " + service.port()
                + (AotCache.records(launch) ? " (recording its AOT cache, written when it stops)" : ""));
        ServiceProcess process = ServiceProcess.start(launch, servers.argumentsOf(service), service.port(),
                settings.logDirectory().resolve(service.name() + ".log"));
        out.println(service.name() + " is up (pid " + process.pid() + ")");
        return process;
    }

    private static <T> T awaited(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the stack started", e);
        }
    }

    private static void stopTogether(Collection<ServiceProcess> services) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            services.forEach(service -> executor.execute(service::stop));
        }
    }

    /** The demo term, through both boards' APIs; only into a cadre board that has no cases yet. */
    private Seeding seed() {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build()) {
            return new DemoSeeder(http, service(Services.CADRE_BOARD).baseUri(),
                    service(Services.EXECUTIVE_BOARD).baseUri()).seedIfEmpty();
        }
    }

    private StackService service(String name) {
        return settings.services().stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The stack runs no " + name));
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = LocalStack.class.getResourceAsStream("/local-stack.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private record Running(String name, Runnable stop) {
    }
}
