package vn.phoihop.messaging;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.phoihop.events.Envelope;

/**
 * Records each event in {@code handled_event}, then misbehaves as the case id asks: {@code reject-} refuses the
 * event, {@code broken-} fails with a bug, {@code flaky-} fails transiently the first time.
 */
@Component
class RecordingHandler implements InboundEventHandler {

    private final JdbcClient jdbc;

    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

    RecordingHandler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void handle(SpecificRecord event, Envelope envelope) {
        this.jdbc.sql("insert into handled_event (event_id, case_id, event_type) values (?, ?, ?)")
            .params(UUID.fromString(envelope.getEventId()), envelope.getCaseId(), event.getSchema().getName())
            .update();
        String caseId = envelope.getCaseId();
        if (caseId.startsWith("reject-")) {
            throw new RejectedEventException("the test service refuses case " + caseId);
        }
        if (caseId.startsWith("broken-")) {
            throw new IllegalStateException("a bug in the test service");
        }
        if (caseId.startsWith("flaky-") && this.failedOnce.add(envelope.getEventId())) {
            throw new TransientDataAccessResourceException("the database hiccuped");
        }
    }

}
