package vn.phoihop.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import vn.phoihop.events.Topics;
import vn.phoihop.local.CheckpointKeys;
import vn.phoihop.servers.LocalKafka;
import vn.phoihop.servers.LocalPostgres;

/**
 * The platform as it would run in production, on one machine: a durable PostgreSQL and a Kafka broker in this JVM
 * (so they can be restarted in place), and each board once or more against its one database, plus the audit.
 */
public final class Cluster implements AutoCloseable {

    public static final String CADRE_BOARD = "cadre-board";

    public static final String EXECUTIVE_BOARD = "executive-board";

    static final String AUDIT = "audit";

    private final Path directory;

    private final ClusterSettings settings;

    private final int postgresPort = Ports.free();

    private final int kafkaPort = Ports.free();

    private final KafkaAccess access;

    private volatile LocalPostgres postgres;

    private volatile LocalKafka kafka;

    private final List<Replica> cadreBoards = new ArrayList<>();

    private final List<Replica> executiveBoards = new ArrayList<>();

    private Replica audit;

    private Cluster(Path directory, ClusterSettings settings) {
        this.directory = directory;
        this.settings = settings;
        this.access = new KafkaAccess(directory.resolve("kafka-credentials"));
    }

    /**
     * Servers first, then every replica in parallel; returns once all are healthy. Refuses a {@code directory} an
     * earlier run left anything in: a run is judged on everything its databases and topics hold.
     */
    public static Cluster start(Path directory, ClusterSettings settings) {
        if (Files.exists(directory)) {
            throw new IllegalArgumentException(directory + " exists: each run starts on empty servers");
        }
        Cluster cluster = new Cluster(directory, settings);
        try {
            cluster.startServers();
            cluster.startServices(settings.replicasPerBoard());
            return cluster;
        }
        catch (RuntimeException ex) {
            cluster.close();
            throw ex;
        }
    }

    public List<Replica> cadreBoards() {
        return this.cadreBoards;
    }

    public List<Replica> executiveBoards() {
        return this.executiveBoards;
    }

    Replica audit() {
        return this.audit;
    }

    List<Replica> boards(String service) {
        return service.equals(CADRE_BOARD) ? this.cadreBoards : this.executiveBoards;
    }

    public String jdbcUrl(String service) {
        return this.postgres.jdbcUrl(database(service));
    }

    public String databaseUser() {
        return this.postgres.username();
    }

    public String databasePassword() {
        return this.postgres.password();
    }

    public KafkaAccess kafkaAccess() {
        return this.access;
    }

    public String bootstrapServers() {
        return "localhost:" + this.kafkaPort;
    }

    /** Stops the broker as a crash of its host would leave clients: every connection refused until it is back. */
    void restartBroker(Duration down) {
        this.kafka.stop();
        Sleep.through(down);
        this.kafka = startKafka();
    }

    void restartPostgres(Duration down) {
        this.postgres.stop();
        Sleep.through(down);
        this.postgres = startPostgres();
    }

    @Override
    public void close() {
        Stream.concat(Stream.concat(this.cadreBoards.stream(), this.executiveBoards.stream()),
                Stream.ofNullable(this.audit)).forEach(Replica::stop);
        if (this.kafka != null) {
            this.kafka.stop();
        }
        if (this.postgres != null) {
            this.postgres.stop();
        }
    }

    private void startServers() {
        this.postgres = startPostgres();
        Stream.of(CADRE_BOARD, EXECUTIVE_BOARD, AUDIT).forEach(service -> this.postgres.createDatabase(database(service)));
        this.kafka = startKafka();
        this.access.grant(this.kafka);
        for (String topic : List.of(Topics.CADRE_BOARD_EVENTS, Topics.EXECUTIVE_BOARD_EVENTS)) {
            this.kafka.createTopicIfAbsent(topic, this.settings.topicPartitions());
        }
        for (String topic : List.of(Topics.CADRE_BOARD_CHECKPOINTS, Topics.EXECUTIVE_BOARD_CHECKPOINTS)) {
            this.kafka.createTopicIfAbsent(topic, 1);
        }
    }

    private LocalPostgres startPostgres() {
        LocalPostgres.Builder builder = LocalPostgres.builder()
            .durable()
            .dataDirectory(this.directory.resolve("postgres"))
            .port(this.postgresPort)
            .logFile(this.directory.resolve("logs/postgres.log"))
            .stopAtJvmExit(false);
        this.settings.postgresSettings().forEach(builder::setting);
        return builder.start();
    }

    /** A database of its own beside the boards', for a caller's measurements. */
    public String createDatabase(String name) {
        this.postgres.createDatabase(name);
        return this.postgres.jdbcUrl(name);
    }

    private LocalKafka startKafka() {
        return this.access.secure(LocalKafka.builder()
            .dataDirectory(this.directory.resolve("kafka"))
            .port(this.kafkaPort)
            .stopAtJvmExit(false)).start();
    }

    private void startServices(int replicasPerBoard) {
        CheckpointKeys keys = new CheckpointKeys(this.directory.resolve("keys"));
        for (int n = 1; n <= replicasPerBoard; n++) {
            this.cadreBoards.add(replica(CADRE_BOARD, n, keys.of(CADRE_BOARD).arguments()));
            this.executiveBoards.add(replica(EXECUTIVE_BOARD, n, keys.of(EXECUTIVE_BOARD).arguments()));
        }
        List<String> auditSettings = new ArrayList<>(List.of("--phoihop.audit.keys=" + keys.publicKeys().toAbsolutePath(),
                "--phoihop.audit.bootstrap-servers=" + bootstrapServers(),
                "--phoihop.audit.ingest-interval=" + this.settings.auditIngestInterval()));
        auditSettings.addAll(this.access.auditArguments());
        this.audit = replica(AUDIT, 1, auditSettings);
        // the first of each board migrates its database; the second starts on a schema that is there
        startTogether(Stream.of(this.cadreBoards.getFirst(), this.executiveBoards.getFirst(), this.audit).toList());
        startTogether(Stream.concat(this.cadreBoards.stream().skip(1), this.executiveBoards.stream().skip(1)).toList());
    }

    private static void startTogether(List<Replica> replicas) {
        try (ExecutorService starts = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> started = new ArrayList<>();
            replicas.forEach(replica -> started.add(starts.submit(replica::start)));
            for (Future<?> start : started) {
                start.get();
            }
        }
        catch (ExecutionException ex) {
            throw ex.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(ex.getCause());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private Replica replica(String service, int number, List<String> serviceSettings) {
        int port = Ports.free();
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
                "--spring.datasource.url=" + this.postgres.jdbcUrl(database(service)),
                "--spring.datasource.username=" + this.postgres.username(),
                "--spring.datasource.password=" + this.postgres.password(),
                "--spring.kafka.bootstrap-servers=" + bootstrapServers(),
                // a killed replica's partitions wait this long before the other replica gets them
                "--spring.kafka.consumer.properties.session.timeout.ms=10000",
                "--spring.kafka.consumer.properties.heartbeat.interval.ms=2000"));
        if (!service.equals(AUDIT)) {
            arguments.addAll(this.access.boardArguments(service));
            arguments.addAll(this.settings.boardArguments());
        }
        arguments.addAll(serviceSettings);
        String name = service + "-" + number;
        return new Replica(service, name, Path.of(System.getProperty("phoihop.jar." + service)),
                this.settings.serviceJvmOptions(), port, arguments,
                this.directory.resolve("logs").resolve(name + ".log"));
    }

    private static String database(String service) {
        return service.replace('-', '_');
    }

}
