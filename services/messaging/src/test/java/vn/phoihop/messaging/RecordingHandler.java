package vn.phoihop.messaging;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;

import vn.phoihop.events.Envelope;

/**
 * Records each event in {@code handled_event} with the user it is attributed to, then misbehaves as the case id
 * asks: {@code reject-} refuses the event, {@code broken-} fails with a bug, {@code flaky-} fails transiently the
 * first time, {@code cut-off-} fails the first time as a transaction whose connection died, {@code absent-} refuses it as a case the service does not have until the test {@link #open}s it.
 */
@Component
class RecordingHandler implements InboundEventHandler {

    private final JdbcClient jdbc;

    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

    private final Set<String> openCases = ConcurrentHashMap.newKeySet();

    RecordingHandler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void handle(SpecificRecord event, Envelope envelope) {
        this.jdbc.sql("insert into handled_event (event_id, case_id, event_type, acting_user) values (?, ?, ?, ?)")
            .params(UUID.fromString(envelope.getEventId()), envelope.getCaseId(), event.getSchema().getName(),
                    ActingUser.current())
            .update();
        String caseId = envelope.getCaseId();
        if (caseId.startsWith("absent-") && !this.openCases.contains(caseId)) {
            throw new RejectedEventException("no case " + caseId);
        }
        if (caseId.startsWith("reject-")) {
            throw new RejectedEventException("the test service refuses case " + caseId);
        }
        if (caseId.startsWith("broken-")) {
            throw new IllegalStateException("a bug in the test service");
        }
        if (caseId.startsWith("flaky-") && this.failedOnce.add(envelope.getEventId())) {
            throw new TransientDataAccessResourceException("the database hiccuped");
        }
        if (caseId.startsWith("cut-off-") && this.failedOnce.add(envelope.getEventId())) {
            throw new TransactionSystemException("JDBC rollback failed");
        }
    }

    /** From now on the service has the case. */
    void open(String caseId) {
        this.openCases.add(caseId);
    }

}
