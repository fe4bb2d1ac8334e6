package vn.phoihop.bench.cycles;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

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

    private final Map<String, Long> committed = new HashMap<>();

    private final Map<String, Long> sent = new HashMap<>();

    private final Map<String, Long> applied = new HashMap<>();

    private final Map<String, String> types = new HashMap<>();

    private long recordBytes;

    private long records;

    /** The events both boards committed between {@code from} and {@code to}, followed to their effects. */
    static EventTimes of(Sources sources, Instant from, Instant to) {
        EventTimes times = new EventTimes();
        for (String database : List.of("cadre_board", "executive_board")) {
            try (Connection connection = DriverManager.getConnection(sources.jdbcUrl(database), sources.user(),
                    sources.password())) {
                times.read(connection, OUTBOX, times.committed, from, to);
                times.read(connection, INBOX, times.applied, from, null);
            }
            catch (SQLException ex) {
                throw new IllegalStateException("Cannot read the " + database + " outbox and inbox", ex);
            }
        }
        for (String topic : sources.topics()) {
            for (ConsumerRecord<String, byte[]> record : TopicHistory.read(sources.kafkaClient(), topic)) {
                Header eventId = record.headers().lastHeader("eventId");
                if (eventId != null) {
                    String id = new String(eventId.value(), StandardCharsets.UTF_8);
                    if (times.committed.containsKey(id)) {
                        times.sent.put(id, record.timestamp() * 1000);
                        times.recordBytes += record.serializedValueSize();
                        times.records++;
                    }
                }
            }
        }
        return times;
    }

    private void read(Connection connection, String sql, Map<String, Long> into, Instant from, Instant to)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, java.sql.Timestamp.from(from.truncatedTo(ChronoUnit.MICROS)));
            if (to != null) {
                statement.setObject(2, java.sql.Timestamp.from(to.truncatedTo(ChronoUnit.MICROS)));
            }
            try (ResultSet rows = statement.executeQuery()) {
                boolean typed = rows.getMetaData().getColumnCount() > 2;
                while (rows.next()) {
                    into.put(rows.getString(1), rows.getLong(2));
                    if (typed) {
                        this.types.put(rows.getString(1), rows.getString(3));
                    }
                }
            }
        }
    }

    int events() {
        return this.committed.size();
    }

    /** Events of the window not (yet) found on a topic or applied at the other board, counted by type. */
    Map<String, Long> unfollowed() {
        return this.committed.keySet()
            .stream()
            .filter(id -> !this.sent.containsKey(id) || !this.applied.containsKey(id))
            .collect(java.util.stream.Collectors.groupingBy(this.types::get, java.util.TreeMap::new,
                    java.util.stream.Collectors.counting()));
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
