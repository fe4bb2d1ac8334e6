package vn.phoihop.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code dead_letter_redrive} table: the last re-drive of each dead letter. */
final class RedriveLog {

    private static final String SELECT = """
            select dlt_partition, dlt_offset, event_id, outcome, reason, redriven_by, redriven_at
            from dead_letter_redrive""";

    private final JdbcClient jdbc;

    RedriveLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Redrive> of(Position position) {
        return this.jdbc.sql(SELECT + " where dlt_partition = ? and dlt_offset = ?")
            .params(position.partition(), position.offset())
            .query(RedriveLog::redrive)
            .optional();
    }

    Map<Position, Redrive> of(Collection<Position> positions) {
        return this.jdbc.sql(SELECT + " join unnest(?::integer[], ?::bigint[]) as letter (p, o)"
                + " on dlt_partition = letter.p and dlt_offset = letter.o")
            .params(positions.stream().map(Position::partition).toArray(Integer[]::new),
                    positions.stream().map(Position::offset).toArray(Long[]::new))
            .query((row, number) -> Map.entry(new Position(row.getInt("dlt_partition"), row.getLong("dlt_offset")),
                    redrive(row, number)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Records a re-drive, unless one succeeded before: then nothing is written and the answer is empty. The row
     * stays locked until the caller's transaction ends, so two re-drives of one dead letter cannot both succeed.
     */
    Optional<Redrive> record(Position position, UUID eventId, Redrive.Outcome outcome, String reason, String by) {
        return this.jdbc.sql("""
                insert into dead_letter_redrive (dlt_partition, dlt_offset, event_id, outcome, reason, redriven_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (dlt_partition, dlt_offset) do update
                set event_id = excluded.event_id, outcome = excluded.outcome, reason = excluded.reason,
                    redriven_by = excluded.redriven_by, redriven_at = excluded.redriven_at
                where dead_letter_redrive.outcome = 'REFUSED'
                returning redriven_at""")
            .params(position.partition(), position.offset(), eventId, outcome.name(), reason, by)
            .query(OffsetDateTime.class)
            .optional()
            .map((at) -> new Redrive(eventId, outcome, reason, by, at.toInstant()));
    }

    private static Redrive redrive(ResultSet row, int number) throws SQLException {
        return new Redrive(row.getObject("event_id", UUID.class), Redrive.Outcome.valueOf(row.getString("outcome")),
                row.getString("reason"), row.getString("redriven_by"),
                row.getObject("redriven_at", OffsetDateTime.class).toInstant());
    }

}
