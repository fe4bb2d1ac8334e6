package vn.phoihop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.phoihop.servers.KafkaCredentials;

class ServicesTest {

    private static final Path ROOT = Path.of("/repo");
    private static final List<String> KEY = new CheckpointKeys.BoardKey("cadre-board-1",
            Path.of("/repo/.data/keys/private/cadre-board.pem")).arguments();
    private static final KafkaCredentials CADRE_BOARD = new KafkaCredentials("cadre-board", "s3cret");

    @Test
    void theServicesRunOnTheirContractPortsWithTheirOwnDatabases() {
        assertThat(Services.of(ROOT, "1.0"))
                .extracting(StackService::name, StackService::port, StackService::database)
                .containsExactly(
                        tuple("cadre-board", 8081, "cadre_board"),
                        tuple("executive-board", 8082, "executive_board"),
                        tuple("audit", 8083, "audit"));
    }

    @Test
    void eachServiceRunsTheExecJarOfItsModule() {
        assertThat(Services.of(ROOT, "1.0")).extracting(StackService::jar).containsExactly(
                Path.of("/repo/services/cadre-board/target/cadre-board-1.0-exec.jar"),
                Path.of("/repo/services/executive-board/target/executive-board-1.0-exec.jar"),
                Path.of("/repo/services/audit/target/audit-1.0-exec.jar"));
    }

    @Test
    void argumentsPointTheServiceAtItsPortDatabaseBrokerAndKeyAndHoldTheDeadlineCheckUntilTheDemoIsIn() {
        StackService cadreBoard = Services.of(ROOT, "1.0").getFirst();

        assertThat(cadreBoard.arguments("jdbc:postgresql://localhost:15432/cadre_board", "postgres", "secret",
                "localhost:19092", CADRE_BOARD, KEY)).containsExactly(
                        "--server.port=8081",
                        "--spring.datasource.url=jdbc:postgresql://localhost:15432/cadre_board",
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=secret",
                        "--spring.kafka.bootstrap-servers=localhost:19092",
                        "--spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.scram."
                                + "ScramLoginModule required username=\"cadre-board\" password=\"s3cret\";",
                        "--spring.kafka.properties.sasl.mechanism=SCRAM-SHA-512",
                        "--spring.kafka.properties.security.protocol=SASL_PLAINTEXT",
                        "--phoihop.messaging.checkpoints.key-id=cadre-board-1",
                        "--phoihop.messaging.checkpoints.private-key-file=/repo/.data/keys/private/cadre-board.pem",
                        "--phoihop.deadlines.initial-delay=PT10M");
    }

    @Test
    void theExecutiveBoardGetsNoSettingsBeyondTheContract() {
        assertThat(Services.of(ROOT, "1.0").get(1).arguments("jdbc:postgresql://localhost:15432/executive_board",
                "postgres", "secret", "localhost:19092", CADRE_BOARD, KEY)).hasSize(10);
    }

    @Test
    void theAuditLogsInToTheBrokerWithItsOwnConsumerSettings() {
        KafkaCredentials audit = new KafkaCredentials("audit", "s3cret");

        assertThat(Services.of(ROOT, "1.0").getLast().arguments("jdbc:postgresql://localhost:15432/audit",
                "postgres", "secret", "localhost:19092", audit, List.of()))
                .contains("--phoihop.audit.kafka.security.protocol=SASL_PLAINTEXT",
                        "--phoihop.audit.kafka.sasl.mechanism=SCRAM-SHA-512")
                .noneMatch(argument -> argument.startsWith("--spring.kafka.properties."));
    }

    @Test
    void everyServiceNamesItsDemoUsers() {
        assertThat(Services.of(ROOT, "1.0")).extracting(StackService::demoUsers).containsExactly(
                List.of("clerk", "auditor", "admin"),
                List.of("committee", "member", "uv01", "uv02", "uv03", "uv04", "uv05", "uv06", "uv07", "auditor",
                        "admin"),
                List.of("auditor", "admin"));
    }
}
