package vn.phoihop.servers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft Kafka broker (broker and controller in one) running in this JVM. Topics keep their
 * records forever, as the project's topics do; internal topics have replication factor 1.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalKafka.class);

    private final KafkaRaftServer server;
    private final int port;
    private final Path dataDirectory;
    private final boolean temporary;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::stop, "local-kafka-shutdown");
    private final boolean stopAtJvmExit;

    private LocalKafka(KafkaRaftServer server, int port, Path dataDirectory, boolean temporary,
            boolean stopAtJvmExit) {
        this.server = server;
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
        this.stopAtJvmExit = stopAtJvmExit;
        if (stopAtJvmExit) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** On a free port, in a temporary data directory deleted on stop. */
    public static LocalKafka start() {
        return builder().start();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Leaves an existing topic as it is, whatever its partition count. */
    public void createTopicIfAbsent(String name, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, Optional.of(partitions), Optional.empty()))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + name, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + name, e);
        }
    }

    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        if (stopAtJvmExit && Thread.currentThread() != shutdownHook) {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        }
        server.shutdown();
        server.awaitShutdown();
        if (temporary) {
            Directories.deleteRecursively(dataDirectory);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public static final class Builder {

        private static final int NODE_ID = 1;

        private Path dataDirectory;
        private int port;
        private boolean stopAtJvmExit = true;

        private Builder() {
        }

        /** Kept across restarts; a directory already formatted is started as it is. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** 0, the default, picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Off for a caller that stops its servers itself, in an order of its own, when the JVM exits. */
        public Builder stopAtJvmExit(boolean stopAtJvmExit) {
            this.stopAtJvmExit = stopAtJvmExit;
            return this;
        }

        public LocalKafka start() {
            QuietLogging.quietenServers();
            long started = System.nanoTime();
            boolean temporary = dataDirectory == null;
            Path directory = temporary ? Directories.createTemporary("phoihop-kafka") : dataDirectory.toAbsolutePath();
            int brokerPort = port == 0 ? FreePort.pick() : port;
            Properties config = config(directory, brokerPort, FreePort.pick());
            if (!Files.exists(directory.resolve("meta.properties"))) {
                format(config);
            }
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
            server.startup();
            log.info("Kafka broker on localhost:{} with data in {} ready in {} ms", brokerPort, directory,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return new LocalKafka(server, brokerPort, directory, temporary, stopAtJvmExit);
        }

        private static Properties config(Path directory, int brokerPort, int controllerPort) {
            Properties config = new Properties();
            config.put("process.roles", "broker,controller");
            config.put("node.id", Integer.toString(NODE_ID));
            // a static quorum: the controller port may change between restarts of a single node
            config.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
            config.put("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
            config.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
            config.put("controller.listener.names", "CONTROLLER");
            config.put("inter.broker.listener.name", "PLAINTEXT");
            config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            config.put("log.dirs", directory.toString());
            config.put("auto.create.topics.enable", "true");
            // the services' own topics have 3 partitions (phoihop.messaging.topic-partitions)
            config.put("num.partitions", "3");
            config.put("log.retention.ms", "-1");
            config.put("offsets.topic.replication.factor", "1");
            config.put("transaction.state.log.replication.factor", "1");
            config.put("transaction.state.log.min.isr", "1");
            config.put("share.coordinator.state.topic.replication.factor", "1");
            config.put("share.coordinator.state.topic.min.isr", "1");
            config.put("min.insync.replicas", "1");
            // fewer internal partitions and no rebalance delay: the first consumer group forms in ms, not seconds
            config.put("offsets.topic.num.partitions", "5");
            config.put("transaction.state.log.num.partitions", "5");
            config.put("group.initial.rebalance.delay.ms", "0");
            return config;
        }

        /** StorageTool.execute, unlike its main, reports failures by exception instead of exiting the JVM. */
        private static void format(Properties config) {
            Path file = null;
            var output = new ByteArrayOutputStream();
            try {
                file = Files.createTempFile("phoihop-kafka", ".properties");
                try (Writer writer = Files.newBufferedWriter(file)) {
                    config.store(writer, null);
                }
                String[] arguments = {"format", "--cluster-id", Uuid.randomUuid().toString(), "--config",
                        file.toString()};
                int status = StorageTool.execute(arguments, new PrintStream(output, true, StandardCharsets.UTF_8));
                if (status != 0) {
                    throw new IllegalStateException("Formatting Kafka storage failed: " + output);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot format Kafka storage", e);
            } finally {
                if (file != null) {
                    file.toFile().delete();
                }
            }
        }
    }
}
