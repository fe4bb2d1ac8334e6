package vn.phoihop.cadreboard.cases.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

@Service
public class WithdrawCaseHandler {

    private final CaseChanges changes;

    private final BoardClock clock;

    WithdrawCaseHandler(CaseChanges changes, BoardClock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public PersonnelCase handle(WithdrawCase command) {
        return changes.apply(command.caseId(), TimelineStep.WITHDRAWN,
                c -> c.withdraw(command.reason(), clock.now()));
    }

}
