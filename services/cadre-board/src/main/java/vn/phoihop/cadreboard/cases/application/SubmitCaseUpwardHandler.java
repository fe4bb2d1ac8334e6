package vn.phoihop.cadreboard.cases.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

@Service
public class SubmitCaseUpwardHandler {

    private final CaseChanges changes;

    private final BoardClock clock;

    SubmitCaseUpwardHandler(CaseChanges changes, BoardClock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public PersonnelCase handle(SubmitCaseUpward command) {
        return changes.apply(command.caseId(), TimelineStep.SUBMITTED_UPWARD,
                c -> Optional.of(c.submitUpward(command.submission(), clock.today())));
    }

}
