package vn.phoihop.servers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft Kafka broker (broker and controller in one) running in this JVM. Topics keep their
 * records forever, as the project's topics do; internal topics have replication factor 1. Open to anyone unless
 * {@linkplain Builder#secured(KafkaUsers) secured}: then clients log in with SASL/SCRAM-SHA-512 and may do only what
 * an ACL {@linkplain #grant(Collection) grants} them.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalKafka.class);

    private final KafkaRaftServer server;
    private final BrokerSecurity security;
    private final int port;
    private final Path dataDirectory;
    private final boolean temporary;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::stop, "local-kafka-shutdown");
    private final boolean stopAtJvmExit;

    private LocalKafka(KafkaRaftServer server, BrokerSecurity security, int port, Path dataDirectory, boolean temporary,
            boolean stopAtJvmExit) {
        this.server = server;
        this.security = security;
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

    /** The settings of a client that may do anything here: the super user's on a secured broker. */
    public Map<String, Object> adminSettings() {
        return settings(security.adminSettings());
    }

    /** The settings of a client that logs in as {@code credentials}. */
    public Map<String, Object> clientSettings(KafkaCredentials credentials) {
        return settings(credentials.clientSettings());
    }

    /** Leaves an existing topic as it is, whatever its partition count. */
    public void createTopicIfAbsent(String name, int partitions) {
        try (Admin admin = Admin.create(adminSettings())) {
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

    /**
     * Adds the ACLs, which are in force when this returns; those already there stay. Only on a secured broker: an
     * open one lets everyone do everything.
     */
    public void grant(Collection<AclBinding> acls) {
        if (security instanceof BrokerSecurity.Open) {
            throw new IllegalStateException("This broker is open to anyone; ACLs need a secured one");
        }
        try (Admin admin = Admin.create(adminSettings())) {
            admin.createAcls(acls).all().get();
            Await.until("the broker enforces the " + acls.size() + " ACLs granted",
                    () -> admin.describeAcls(AclBindingFilter.ANY).values().get().containsAll(acls));
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot grant the ACLs " + acls, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while granting ACLs", e);
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

    private Map<String, Object> settings(Map<String, String> security) {
        Map<String, Object> settings = new HashMap<>(security);
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return settings;
    }

    public static final class Builder {

        private static final int NODE_ID = 1;

        private Path dataDirectory;
        private int port;
        private boolean stopAtJvmExit = true;
        private BrokerSecurity security = new BrokerSecurity.Open();

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

        /**
         * Clients log in with SASL/SCRAM-SHA-512 as one of {@code users}, and nobody but its super user may do
         * anything an ACL does not allow. A kept data directory must be started with the super user it was first
         * started with: the broker's own connections log in as that user.
         */
        public Builder secured(KafkaUsers users) {
            this.security = new BrokerSecurity.Scram(users);
            return this;
        }

        public LocalKafka start() {
            QuietLogging.quietenServers();
            long started = System.nanoTime();
            boolean temporary = dataDirectory == null;
            Path directory = temporary ? Directories.createTemporary("phoihop-kafka") : dataDirectory.toAbsolutePath();
            int brokerPort = port == 0 ? FreePort.pick() : port;
            int controllerPort = FreePort.pick();
            Properties config = config(directory, controllerPort);
            security.configure(config, brokerPort, controllerPort);
            if (!Files.exists(directory.resolve("meta.properties"))) {
                KafkaStorage.format(config, security.formatArguments());
            }
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
            server.startup();
            LocalKafka kafka = new LocalKafka(server, security, brokerPort, directory, temporary, stopAtJvmExit);
            admitUsers(kafka);
            log.info("Kafka broker on localhost:{} with data in {} ready in {} ms", brokerPort, directory,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return kafka;
        }

        private void admitUsers(LocalKafka kafka) {
            try (Admin admin = Admin.create(kafka.adminSettings())) {
                security.admitUsers(admin);
            } catch (ExecutionException | RuntimeException e) {
                kafka.stop();
                throw new IllegalStateException("The broker did not take its users", e);
            } catch (InterruptedException e) {
                kafka.stop();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while adding the broker's users", e);
            }
        }

        private static Properties config(Path directory, int controllerPort) {
            Properties config = new Properties();
            config.put("process.roles", "broker,controller");
            config.put("node.id", Integer.toString(NODE_ID));
            // a static quorum: the controller port may change between restarts of a single node
            config.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
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
    }
}
