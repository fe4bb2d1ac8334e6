package vn.phoihop.cadreboard.cases.application;

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
        return changes.apply(command.caseId(), c -> c.amend(command.proposal(), command.reason(), clock.today()));
    }

}
