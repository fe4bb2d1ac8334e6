package vn.phoihop.messaging;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import vn.phoihop.testing.Database;
import vn.phoihop.testing.RealServers;

/**
 * Where a test service lives: its database and its topics, unique to one test class. A service that only
 * produces has no inbound topic, hence no consumer in the group that the test services share.
 */
record TestService(Database database, String outboundTopic, String inboundTopic, String deadLetterTopic) {

    static TestService consuming(String name) {
        String topicPrefix = topicPrefix(name);
        return new TestService(RealServers.newDatabase("messaging_" + name), topicPrefix + ".out",
                topicPrefix + ".in", topicPrefix + ".dlt");
    }

    static TestService producing(String name) {
        return new TestService(RealServers.newDatabase("messaging_" + name), topicPrefix(name) + ".out", null, null);
    }

    private static String topicPrefix(String name) {
        return "messaging-it." + name + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** So that the test server does not keep WAL for slots nobody will read again. */
    void dropReplicationSlots() {
        try (Connection connection = DriverManager.getConnection(this.database.jdbcUrl(), this.database.username(),
                this.database.password()); Statement statement = connection.createStatement()) {
            statement.execute("select pg_drop_replication_slot(slot_name) from pg_replication_slots"
                    + " where database = current_database()");
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", this.database.jdbcUrl());
        properties.put("spring.datasource.username", this.database.username());
        properties.put("spring.datasource.password", this.database.password());
        properties.put("spring.kafka.bootstrap-servers", RealServers.kafkaBootstrapServers());
        properties.put("phoihop.messaging.outbound-topic", this.outboundTopic);
        properties.putAll(TestSigningKey.SHARED.settings());
        if (this.inboundTopic != null) {
            properties.put("phoihop.messaging.inbound-topic", this.inboundTopic);
            properties.put("phoihop.messaging.dead-letter-topic", this.deadLetterTopic);
        }
        return properties;
    }

}
