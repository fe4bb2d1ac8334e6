package vn.phoihop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phoihop.events.Topics;
import vn.phoihop.servers.BoardAcls;
import vn.phoihop.servers.KafkaCredentials;
import vn.phoihop.servers.KafkaUsers;

/**
 * The whole stack with real servers, and fake boards run as {@code java -jar} processes in place of the services.
 * The fakes hold a case already, as after an earlier run, so the stack asks and leaves them be; the replay of the
 * term itself is {@code DemoSeederTest}'s.
 */
class LocalStackIT {

    @TempDir
    Path root;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void startsServersAndBoardsSeedsThemAndStopsInReverseOrderLeavingNoProcess() throws Exception {
        StackSettings settings = settings();
        LocalStack stack = new LocalStack(settings, out);

        stack.start().print(out);

        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("http://localhost:" + settings.services().getFirst().port(), "clerk", "Ctrl-C to stop")
                .contains("open http://localhost:" + settings.landingPort())
                .contains("Demo data: kept from the previous run (1 case)")
                .contains("Public keys", settings.keysDirectory().resolve("public").toString())
                .contains("SCRAM-SHA-512", settings.kafkaCredentialsDirectory().toString())
                .contains("/api/reports/term?from=2010-10-01&to=2015-10-31")
                .contains("http://localhost:" + settings.services().getLast().port() + "/api/audit/verification");
        assertThat(casesOn(settings.services().getFirst())).contains("totalItems");
        assertThat(landingPage(settings)).contains("http://localhost:" + settings.services().getFirst().port() + "/");
        assertThat(partitions(settings, Topics.CADRE_BOARD_EVENTS)).isEqualTo(3);
        assertThat(partitions(settings, Topics.EXECUTIVE_BOARD_EVENTS)).isEqualTo(3);
        KafkaCredentials cadreBoard = users(settings).of(Topics.CADRE_BOARD);
        assertThatThrownBy(() -> send(settings, cadreBoard, Topics.EXECUTIVE_BOARD_EVENTS))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
        assertThat(canConnect(settings, "executive_board")).isTrue();
        assertThat(settings.keysDirectory().resolve("public/cadre-board/cadre-board-1.pem")).isRegularFile();
        assertThat(settings.keysDirectory().resolve("public/executive-board/executive-board-1.pem")).isRegularFile();

        stack.stop();

        assertThat(stoppingOrder()).containsExactlyInAnyOrder("the landing page", "cadre-board", "executive-board",
                "audit", "Kafka", "PostgreSQL");
        assertThat(stoppingOrder().subList(4, 6)).containsExactlyInAnyOrder("Kafka", "PostgreSQL");
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(canConnect(settings, "executive_board")).isFalse();
    }

    @Test
    void aSecondStartOnTheSameDataKeepsDatabasesTopicsKeysAndTheAotCachesTheFirstRecorded() throws Exception {
        StackSettings settings = settings();
        LocalStack first = new LocalStack(settings, out);
        first.start();
        first.stop();
        Path privateKey = settings.keysDirectory().resolve("private/cadre-board.pem");
        String keyOfTheFirstStart = Files.readString(privateKey);
        boolean recordsCaches = Runtime.version().feature() >= 25;
        assertThat(settings.aotDirectory().resolve("cadre-board/cadre-board.aot").toFile().isFile())
                .isEqualTo(recordsCaches);

        LocalStack second = new LocalStack(withoutDemo(settings), out);
        second.start().print(out);
        try {
            assertThat(output.toString(StandardCharsets.UTF_8).lines()
                    .filter(line -> line.endsWith("(recording its AOT cache, written when it stops)")))
                    .hasSize(recordsCaches ? settings.services().size() : 0);
            assertThat(output.toString(StandardCharsets.UTF_8)).contains("Demo data: none (--no-demo)");
            assertThat(canConnect(settings, "cadre_board")).isTrue();
            assertThat(partitions(settings, Topics.CADRE_BOARD_EVENTS)).isEqualTo(3);
            assertThat(Files.readString(privateKey)).isEqualTo(keyOfTheFirstStart);
            send(settings, users(settings).of(Topics.CADRE_BOARD), Topics.CADRE_BOARD_EVENTS);
        } finally {
            second.stop();
        }
    }

    private StackSettings settings() throws IOException {
        StackSettings settings = StackSettings.onFreePorts(root.resolve(".data"), Services.of(root, "test"), true);
        for (StackService service : settings.services()) {
            FakeBoardJar.writeTo(service.jar());
        }
        return settings;
    }

    private static StackSettings withoutDemo(StackSettings settings) {
        return new StackSettings(settings.dataDirectory(), settings.postgresPort(), settings.kafkaPort(),
                settings.landingPort(), settings.services(), false);
    }

    private List<String> stoppingOrder() {
        return output.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("Stopping "))
                .flatMap(line -> Stream.of(line.substring("Stopping ".length()).split(", ")))
                .toList();
    }

    private static String casesOn(StackService service) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + "/api/cases"))
                    .header("Authorization", FakeBoard.CLERK).build(), BodyHandlers.ofString()).body();
        }
    }

    private static String landingPage(StackSettings settings) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + settings.landingPort())).build(),
                    BodyHandlers.ofString()).body();
        }
    }

    /** The credentials the stack made on its first start. */
    private static KafkaUsers users(StackSettings settings) {
        return KafkaUsers.keptIn(settings.kafkaCredentialsDirectory(), BoardAcls.PRINCIPALS);
    }

    private static Map<String, Object> loggedInAs(StackSettings settings, KafkaCredentials credentials) {
        Map<String, Object> client = new HashMap<>(credentials.clientSettings());
        client.put("bootstrap.servers", "localhost:" + settings.kafkaPort());
        return client;
    }

    private static void send(StackSettings settings, KafkaCredentials credentials, String topic) throws Exception {
        try (var producer = new KafkaProducer<>(loggedInAs(settings, credentials), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "case-1", "event")).get();
        }
    }

    private static int partitions(StackSettings settings, String topic) throws Exception {
        try (Admin admin = Admin.create(loggedInAs(settings, users(settings).admin()))) {
            return admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic).partitions().size();
        }
    }

    private static boolean canConnect(StackSettings settings, String database) {
        String url = "jdbc:postgresql://localhost:" + settings.postgresPort() + "/" + database;
        try (var connection = DriverManager.getConnection(url, "postgres", "postgres")) {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }
}
