package vn.phoihop.cadreboard.cases.application;

import java.time.LocalDate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

/**
 * Finds consultations whose due date has passed without an opinion. Each case is locked and marked in its own
 * transaction, together with its ConsultationOverdue event, so a case is found overdue once however many
 * replicas check at the same time (the others skip the locked row) and whatever restarts in between; and a case
 * that cannot be checked does not hold up the others.
 */
@Service
public class DeadlineCheck {

    private static final Log logger = LogFactory.getLog(DeadlineCheck.class);

    private final PersonnelCases cases;

    private final CaseChanges changes;

    private final TransactionTemplate transactions;

    private final BoardClock clock;

    DeadlineCheck(PersonnelCases cases, CaseChanges changes, TransactionTemplate transactions, BoardClock clock) {
        this.cases = cases;
        this.changes = changes;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many cases this check found overdue */
    public int run() {
        LocalDate today = clock.today();
        int overdue = 0;
        for (CaseId id : cases.pastDue(today)) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(transaction -> markOverdue(id, today)))) {
                    overdue++;
                }
            }
            catch (RuntimeException failure) {
                logger.error("Deadline check of case " + id + " failed; the next check tries it again", failure);
            }
        }
        return overdue;
    }

    /** Due before today is not yet overdue when no working day has passed since (a weekend, a holiday). */
    private boolean markOverdue(CaseId id, LocalDate today) {
        return cases.lockPastDue(id, today).map(locked -> markOverdue(locked, today)).orElse(false);
    }

    private boolean markOverdue(PersonnelCase locked, LocalDate today) {
        boolean found = changes.applyTo(locked, c -> c.markOverdue(today)).isPresent();
        if (found) {
            changes.recordBoardStep(locked, TimelineStep.FOUND_OVERDUE);
        }
        return found;
    }

}
