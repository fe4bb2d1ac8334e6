package vn.phoihop.bench.cycles;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import vn.phoihop.faults.Sleep;
import vn.phoihop.testing.TopicHistory;

/**
 * When each event crossed each point, read after the load from where the platform itself recorded it: its outbox
 * row's commit at the producing board, its record's timestamp on the topic (set by the relay's producer when it sends),
 * and the commit of its inbox row at the consuming board. PostgreSQL stamps both commits
 * ({@code track_commit_timestamp}) and Kafka the record, all on this one machine's clock: nothing is polled, and no
 * clocks disagree. Kafka keeps milliseconds, so the two stages around it are to a millisecond.
 */
final class EventTimes {

    private static final String OUTBOX = """
            select id::text, (extract(epoch from pg_xact_commit_timestamp(xmin)) * 1000000)::bigint, event_type
            from outbox
            where topic like '%.events' and pg_xact_commit_timestamp(xmin) between ? and ?""";

    private static final String INBOX = """
            select event_id::text, (extract(epoch from pg_xact_commit_timestamp(xmin)) * 1000000)::bigint from inbox
            where pg_xact_commit_timestamp(xmin) >= ?""";

    private static final Duration LOOK_AGAIN = Duration.ofSeconds(1);

    private final Map<String, Long> committed = new HashMap<>();

    private final Map<String, Long> sent = new HashMap<>();

    private final Map<String, Long> applied = new HashMap<>();

    private final Map<String, String> types = new HashMap<>();

    private long recordBytes;

    private long records;

    /**
     * The events both boards committed between {@code from} and {@code to}, followed to their effects: the databases
     * are read again until every one has had its effect or {@code patience} has passed, then the topics once.
     */
    static EventTimes of(Sources sources, Instant from, Instant to, Duration patience) {
        EventTimes times = new EventTimes();
        long deadline = System.nanoTime() + patience.toNanos();
        times.readDatabases(sources, from, to);
        while (!times.applied.keySet().containsAll(times.committed.keySet()) && System.nanoTime() < deadline) {
            Sleep.through(LOOK_AGAIN);
            times.readDatabases(sources, from, to);
        }
        times.readTopics(sources);
        return times;
    }

    private void readDatabases(Sources sources, Instant from, Instant to) {
        this.committed.clear();
        this.applied.clear();
        for (String database : List.of("cadre_board", "executive_board")) {
            try (Connection connection = DriverManager.getConnection(sources.jdbcUrl(database), sources.user(),
                    sources.password())) {
                query(connection, OUTBOX, from, to, rows -> {
                    this.committed.put(rows.getString(1), rows.getLong(2));
                    this.types.put(rows.getString(1), rows.getString(3));
                });
                query(connection, INBOX, from, null, rows -> this.applied.put(rows.getString(1), rows.getLong(2)));
            }
            catch (SQLException ex) {
                throw new IllegalStateException("Cannot read the " + database + " outbox and inbox", ex);
            }
        }
    }

    private void readTopics(Sources sources) {
        for (String topic : sources.topics()) {
            for (ConsumerRecord<String, byte[]> record : TopicHistory.read(sources.kafkaClient(), topic)) {
                Header eventId = record.headers().lastHeader("eventId");
                String id = eventId == null ? null : new String(eventId.value(), StandardCharsets.UTF_8);
                if (this.committed.containsKey(id)) {
                    this.sent.put(id, record.timestamp() * 1000);
                    this.recordBytes += record.serializedValueSize();
                    this.records++;
                }
            }
        }
    }

    private static void query(Connection connection, String sql, Instant from, Instant to, Row row)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, Timestamp.from(from.truncatedTo(ChronoUnit.MICROS)));
            if (to != null) {
                statement.setObject(2, Timestamp.from(to.truncatedTo(ChronoUnit.MICROS)));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        }
    }

    private interface Row {

        void read(ResultSet rows) throws SQLException;

    }

    int events() {
        return this.committed.size();
    }

    /** Events of the window not (yet) found on a topic or applied at the other board, counted by type. */
    Map<String, Long> unfollowed() {
        return this.committed.keySet()
            .stream()
            .filter(id -> !this.sent.containsKey(id) || !this.applied.containsKey(id))
            .collect(Collectors.groupingBy(this.types::get, TreeMap::new, Collectors.counting()));
    }

    double meanRecordBytes() {
        return this.records == 0 ? 0 : (double) this.recordBytes / this.records;
    }

    /** Outbox commit → record sent to Kafka, in microseconds, one value per event found on a topic. */
    long[] commitToKafka() {
        return between(this.committed, this.sent);
    }

    /** Record sent → inbox commit at the other board. */
    long[] kafkaToEffect() {
        return between(this.sent, this.applied);
    }

    /** Outbox commit → inbox commit at the other board: the latency the target is set for. */
    long[] commitToEffect() {
        return between(this.committed, this.applied);
    }

    private long[] between(Map<String, Long> start, Map<String, Long> end) {
        return this.committed.keySet()
            .stream()
            .filter(id -> start.containsKey(id) && end.containsKey(id))
            .mapToLong(id -> Math.max(0, end.get(id) - start.get(id)))
            .toArray();
    }

    /** Where the times are read from. */
    record Sources(Map<String, String> jdbcUrls, String user, String password, Map<String, Object> kafkaClient,
            List<String> topics) {

        String jdbcUrl(String database) {
            return this.jdbcUrls.get(database);
        }

    }

}
