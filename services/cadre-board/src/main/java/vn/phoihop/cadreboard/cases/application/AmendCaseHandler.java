package vn.phoihop.cadreboard.cases.application;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

@Service
public class AmendCaseHandler {

    private final CaseChanges changes;

    private final BoardClock clock;

    AmendCaseHandler(CaseChanges changes, BoardClock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public PersonnelCase handle(AmendCase command) {
        LocalDate today = clock.today();
        LocalDate requestDate = command.requestDate() == null ? today : command.requestDate();
        return changes.apply(command.caseId(), TimelineStep.AMENDED,
                c -> c.amend(command.proposal(), command.reason(), requestDate, today));
    }

}
