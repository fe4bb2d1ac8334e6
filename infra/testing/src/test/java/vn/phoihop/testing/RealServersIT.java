package vn.phoihop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class RealServersIT {

    @Test
    void eachDatabaseIsFreshAndSeparate() throws SQLException {
        Database first = RealServers.newDatabase("cases");
        Database second = RealServers.newDatabase("cases");
        execute(first, "CREATE TABLE personnel_case (id int)");

        assertThat(first.name()).isNotEqualTo(second.name()).startsWith("cases_");
        assertThat(query(first, "SELECT count(*) FROM pg_tables WHERE tablename = 'personnel_case'")).isEqualTo("1");
        assertThat(query(second, "SELECT count(*) FROM pg_tables WHERE tablename = 'personnel_case'")).isEqualTo("0");
    }

    @Test
    void databasesServeDebeziumLogicalReplication() throws SQLException {
        Database database = RealServers.newDatabase("outbox");

        assertThat(query(database, "SHOW wal_level")).isEqualTo("logical");
        assertThat(query(database, "SELECT slot_name FROM pg_create_logical_replication_slot('probe', 'pgoutput')"))
                .isEqualTo("probe");
        execute(database, "SELECT pg_drop_replication_slot('probe')");
    }

    @Test
    void thereIsOneBrokerPerJvmAndItCarriesRecords() {
        String bootstrapServers = RealServers.kafkaBootstrapServers();
        assertThat(RealServers.kafkaBootstrapServers()).isEqualTo(bootstrapServers);

        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("probe", "case-1", "OpinionIssued"));
        }

        assertThat(readValues(bootstrapServers, "probe", 1)).containsExactly("OpinionIssued");
    }

    private static List<String> readValues(String bootstrapServers, String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }

    private static String query(Database database, String sql) throws SQLException {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(Database database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
