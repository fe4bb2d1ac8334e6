package vn.phoihop.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.phoihop.local.CheckpointKeys;
import vn.phoihop.servers.JvmLaunch;
import vn.phoihop.servers.ServiceProcess;
import vn.phoihop.testing.Database;
import vn.phoihop.testing.RealServers;

/** Starts the boards as OS processes from their executable jars, on the shared real broker and PostgreSQL. */
public final class Boards {

    public static final String CADRE_BOARD = "cadre-board";

    public static final String EXECUTIVE_BOARD = "executive-board";

    static final String AUDIT = "audit";

    /** The boards' checkpoint keys, made for this test run as the local stack makes them. */
    static final CheckpointKeys KEYS = new CheckpointKeys(temporaryDirectory());

    private Boards() {
    }

    public static ServiceProcess start(String service, Database database, String... extraArguments) {
        List<String> arguments = new ArrayList<>(KEYS.of(service).arguments());
        arguments.addAll(List.of(extraArguments));
        return startProcess(service, database, arguments);
    }

    /** The audit service over the topics under {@code topicPrefix}, holding the boards' keys as its keyring. */
    static ServiceProcess startAudit(Database database, String topicPrefix) {
        return startProcess(AUDIT, database, List.of("--phoihop.audit.keys=" + KEYS.publicKeys().toAbsolutePath(),
                "--phoihop.audit.bootstrap-servers=" + RealServers.kafkaBootstrapServers(),
                "--phoihop.audit.topic-prefix=" + topicPrefix, "--phoihop.audit.ingest-interval=PT0.5S"));
    }

    private static ServiceProcess startProcess(String service, Database database, List<String> serviceArguments) {
        int port = freePort();
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
                "--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + RealServers.kafkaBootstrapServers()));
        arguments.addAll(serviceArguments);
        Path jar = Path.of(System.getProperty("phoihop.jar." + service));
        Path log = Path.of(System.getProperty("phoihop.logs", "target/service-logs"))
            .resolve(service + "-" + database.name() + "-" + port + ".log");
        return ServiceProcess.start(JvmLaunch.quickStart(jar), arguments, port, log);
    }

    /**
     * The settings that put a board's topics under {@code prefix}, as a cluster shared by environments would: a test
     * whose history is audited needs topics no other test class writes to.
     */
    public static String[] topicsUnder(String prefix, String service) {
        String other = service.equals(CADRE_BOARD) ? EXECUTIVE_BOARD : CADRE_BOARD;
        return new String[] { "--phoihop.messaging.outbound-topic=" + prefix + "phoihop." + service + ".events",
                "--phoihop.messaging.inbound-topic=" + prefix + "phoihop." + other + ".events",
                "--phoihop.messaging.dead-letter-topic=" + prefix + "phoihop." + service + ".dead-letters",
                "--phoihop.messaging.checkpoints.topic=" + prefix + "phoihop." + service + ".checkpoints" };
    }

    static Api clerk(ServiceProcess cadreBoard) {
        return new Api(cadreBoard.baseUri(), "clerk", "clerk-demo");
    }

    static Api committee(ServiceProcess executiveBoard) {
        return new Api(executiveBoard.baseUri(), "committee", "committee-demo");
    }

    static Api member(ServiceProcess executiveBoard) {
        return new Api(executiveBoard.baseUri(), "member", "member-demo");
    }

    public static Api admin(ServiceProcess board) {
        return new Api(board.baseUri(), "admin", "admin-demo");
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("phoihop-e2e-keys-");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
