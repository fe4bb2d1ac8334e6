package vn.phoihop.audit.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.audit.history.TopicRecord;
import vn.phoihop.audit.replay.HistorySource;

/** The audit's copy of the topics: appended as read, replayed in the same order. */
public class RecordArchive implements HistorySource {

    private static final int BATCH = 2000;

    private final JdbcClient jdbc;

    private final JdbcTemplate template;

    public RecordArchive(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Where reading the topics resumes: the offset after the last record kept, per partition. */
    public Map<TopicPartition, Long> positions() {
        Map<TopicPartition, Long> positions = new HashMap<>();
        this.jdbc.sql("select topic, partition, max(\"offset\") + 1 from audit_record group by topic, partition")
            .query(rs -> {
                positions.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3));
            });
        return positions;
    }

    /** Keeps the records not kept yet and says how many that was. */
    public long append(List<TopicRecord> records) {
        int[][] inserted = this.template.batchUpdate("""
                insert into audit_record (topic, partition, "offset", broker_time, record_key, value)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""", records, BATCH, (statement, record) -> {
            statement.setString(1, record.topic());
            statement.setInt(2, record.partition());
            statement.setLong(3, record.offset());
            statement.setTimestamp(4, Timestamp.from(record.brokerTime()));
            statement.setString(5, record.key());
            statement.setBytes(6, record.value());
        });
        return Arrays.stream(inserted).flatMapToInt(Arrays::stream).filter(rows -> rows > 0).count();
    }

    /** The records whose key is the case id: its events from both boards, in the order they were read. */
    public List<TopicRecord> recordsOf(String caseId) {
        return this.jdbc.sql("""
                select topic, partition, "offset", broker_time, record_key, value from audit_record
                where record_key = ? order by ingested""").param(caseId).query(this::record).list();
    }

    public void clear() {
        this.jdbc.sql("truncate audit_record").update();
    }

    // everything is judged at the end of an archive read, so the batches never let a case be judged early
    @Override
    public void read(Consumer<Batch> batches) {
        long after = 0;
        while (true) {
            List<TopicRecord> records = new ArrayList<>(BATCH);
            long[] last = { after };
            this.jdbc.sql("""
                    select ingested, topic, partition, "offset", broker_time, record_key, value from audit_record
                    where ingested > ? order by ingested limit ?""")
                .params(after, BATCH)
                .query(rs -> {
                    last[0] = rs.getLong(1);
                    records.add(new TopicRecord(rs.getString(2), rs.getInt(3), rs.getLong(4),
                            rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getBytes(7)));
                });
            if (records.isEmpty()) {
                return;
            }
            batches.accept(new Batch(records, Instant.MIN));
            after = last[0];
        }
    }

    private TopicRecord record(ResultSet rs, int row) throws SQLException {
        return new TopicRecord(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getTimestamp(4).toInstant(),
                rs.getString(5), rs.getBytes(6));
    }
}
