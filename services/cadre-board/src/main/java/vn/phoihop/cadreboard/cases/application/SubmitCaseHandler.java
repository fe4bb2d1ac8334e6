package vn.phoihop.cadreboard.cases.application;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

@Service
public class SubmitCaseHandler {

    private final CaseChanges changes;

    private final BoardClock clock;

    SubmitCaseHandler(CaseChanges changes, BoardClock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public PersonnelCase handle(SubmitCase command) {
        LocalDate today = clock.today();
        LocalDate requestDate = command.requestDate() == null ? today : command.requestDate();
        return changes.apply(command.caseId(), TimelineStep.SUBMITTED, c -> c.submit(requestDate, today));
    }

}
