package vn.phoihop.servers;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;

/** How clients, and the broker's own connections, prove who they are, and whether anyone checks what they may do. */
sealed interface BrokerSecurity {

    /** Listeners and their protocols; for a secured broker SASL and the authoriser too. */
    void configure(Properties config, int brokerPort, int controllerPort);

    /** What formatting the storage writes into the metadata log besides the cluster id. */
    List<String> formatArguments();

    /** The client settings of whoever administers the broker, beyond its address. */
    Map<String, String> adminSettings();

    /** Makes the principals known to the started broker. */
    void admitUsers(Admin admin) throws ExecutionException, InterruptedException;

    /** No authentication, no authorisation: anyone may do anything. */
    record Open() implements BrokerSecurity {

        @Override
        public void configure(Properties config, int brokerPort, int controllerPort) {
            config.put("listeners",
                    "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
            config.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
            config.put("controller.listener.names", "CONTROLLER");
            config.put("inter.broker.listener.name", "PLAINTEXT");
            config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        }

        @Override
        public List<String> formatArguments() {
            return List.of();
        }

        @Override
        public Map<String, String> adminSettings() {
            return Map.of();
        }

        @Override
        public void admitUsers(Admin admin) {
            // nobody logs in
        }
    }

    /**
     * Clients log in with SCRAM-SHA-512 and may do only what an ACL allows them. The broker talks to itself as the
     * super user: over SCRAM on the clients' listener, whose admin credential is written into the metadata log at
     * format time, and over SASL/PLAIN on the controller's, where KRaft cannot use SCRAM (the controller would need
     * the metadata log to check a password before it has read it).
     */
    record Scram(KafkaUsers users) implements BrokerSecurity {

        private static final String LISTENER = "SASL_PLAINTEXT";
        private static final int ITERATIONS = 4096;

        @Override
        public void configure(Properties config, int brokerPort, int controllerPort) {
            KafkaCredentials admin = users.admin();
            config.put("listeners",
                    LISTENER + "://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
            config.put("advertised.listeners", LISTENER + "://localhost:" + brokerPort);
            config.put("controller.listener.names", "CONTROLLER");
            config.put("inter.broker.listener.name", LISTENER);
            config.put("listener.security.protocol.map", LISTENER + ":SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
            config.put("listener.name.sasl_plaintext.sasl.enabled.mechanisms", KafkaCredentials.MECHANISM);
            config.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
                    admin.jaasConfig("org.apache.kafka.common.security.scram.ScramLoginModule"));
            config.put("sasl.mechanism.inter.broker.protocol", KafkaCredentials.MECHANISM);
            config.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
            // the controller's only account, which the broker logs in with
            config.put("listener.name.controller.plain.sasl.jaas.config",
                    "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + admin.username()
                            + "\" password=\"" + admin.password() + "\" user_" + admin.username() + "=\""
                            + admin.password() + "\";");
            config.put("sasl.mechanism.controller.protocol", "PLAIN");
            config.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
            config.put("allow.everyone.if.no.acl.found", "false");
            config.put("super.users", "User:" + admin.username());
        }

        @Override
        public List<String> formatArguments() {
            KafkaCredentials admin = users.admin();
            return List.of("--add-scram",
                    KafkaCredentials.MECHANISM + "=[name=" + admin.username() + ",password=" + admin.password() + "]");
        }

        @Override
        public Map<String, String> adminSettings() {
            return users.admin().clientSettings();
        }

        /** An upsert: a restart on kept data sets the same passwords again, and adds any new principal. */
        @Override
        public void admitUsers(Admin admin) throws ExecutionException, InterruptedException {
            List<UserScramCredentialAlteration> upserts = users.services().stream()
                    .<UserScramCredentialAlteration>map(user -> new UserScramCredentialUpsertion(user.username(),
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS), user.password()))
                    .toList();
            if (upserts.isEmpty()) {
                return;
            }
            admin.alterUserScramCredentials(upserts).all().get();
            List<String> names = users.services().stream().map(KafkaCredentials::username).toList();
            // the controller has them now; the broker answers, and authenticates, from its copy of the metadata
            Await.until("the broker knows the SCRAM users " + names,
                    () -> admin.describeUserScramCredentials().users().get().containsAll(names));
        }
    }
}
