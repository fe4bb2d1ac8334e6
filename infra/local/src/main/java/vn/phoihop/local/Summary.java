package vn.phoihop.local;

import java.io.PrintStream;
import java.time.Duration;

import vn.phoihop.local.demo.Seeding;
import vn.phoihop.servers.LocalKafka;
import vn.phoihop.servers.LocalPostgres;

/** What the user needs once the stack is up: where everything is and how to log in. */
record Summary(StackSettings settings, LocalPostgres postgres, LocalKafka kafka, CheckpointKeys keys, Seeding seeding,
        Duration took) {

    void print(PrintStream out) {
        out.println();
        out.printf("Phối hợp is running (started in %d s): open %s%n", Math.max(1, Math.round(took.toMillis() / 1000.0)),
                LandingPage.uri(settings.landingPort()));
        for (StackService service : settings.services()) {
            out.printf("  %-16s %s   users: %s%n", service.name(), service.baseUri(),
                    String.join(", ", service.demoUsers()));
        }
        out.println("  Demo passwords are the user name + \"-demo\" (clerk / clerk-demo).");
        out.printf("  %-16s jdbc:postgresql://localhost:%d/<database>   user %s, password %s%n", "PostgreSQL",
                postgres.port(), postgres.username(), postgres.password());
        out.printf("  %-16s %s   SASL_PLAINTEXT, SCRAM-SHA-512; client settings per user in %s/<user>.properties%n",
                "Kafka", kafka.bootstrapServers(), settings.kafkaCredentialsDirectory());
        out.printf("  %-16s %s   (the auditors' keyring: <producer>/<keyId>.pem)%n", "Public keys", keys.publicKeys());
        out.println("  Demo data: " + seeding.describe());
        if (seeding.termReport() != null) {
            out.printf("  %-16s %s   (clerk or auditor)%n", "Term report", seeding.termReport());
        }
        settings.services().stream().filter(service -> service.name().equals(Services.AUDIT)).findFirst()
                .ifPresent(audit -> out.printf("  %-16s %s/api/audit/verification   (auditor)%n", "Audit verdict",
                        audit.baseUri()));
        out.printf("  Data in %s, logs in %s%n", settings.dataDirectory(), settings.logDirectory());
        out.println("Ctrl-C to stop.");
    }
}
