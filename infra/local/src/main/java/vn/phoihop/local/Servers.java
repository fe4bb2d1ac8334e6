package vn.phoihop.local;

import java.util.List;

import vn.phoihop.servers.KafkaUsers;
import vn.phoihop.servers.LocalKafka;
import vn.phoihop.servers.LocalPostgres;

/** The servers every service needs, the broker's users, and the boards' checkpoint keys. */
record Servers(LocalPostgres postgres, LocalKafka kafka, KafkaUsers kafkaUsers, CheckpointKeys keys) {

    /** What the service is started with: its database, the broker and its login there, its keys. */
    List<String> argumentsOf(StackService service) {
        return service.arguments(postgres.jdbcUrl(service.database()), postgres.username(), postgres.password(),
                kafka.bootstrapServers(), kafkaUsers.of(service.name()), keysOf(service));
    }

    /**
     * A board signs with its own key, named by its service name, which is its producer name; the audit reads the
     * boards' topics and checks their checkpoints against the keyring of public keys.
     */
    private List<String> keysOf(StackService service) {
        if (service.name().equals(Services.AUDIT)) {
            return List.of("--phoihop.audit.keys=" + keys.publicKeys().toAbsolutePath(),
                    "--phoihop.audit.bootstrap-servers=" + kafka.bootstrapServers());
        }
        return keys.of(service.name()).arguments();
    }
}
