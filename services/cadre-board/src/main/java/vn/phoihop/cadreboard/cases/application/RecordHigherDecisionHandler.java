package vn.phoihop.cadreboard.cases.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

@Service
public class RecordHigherDecisionHandler {

    private final CaseChanges changes;

    private final BoardClock clock;

    RecordHigherDecisionHandler(CaseChanges changes, BoardClock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public PersonnelCase handle(RecordHigherDecision command) {
        return changes.apply(command.caseId(), TimelineStep.HIGHER_DECISION_RECORDED,
                c -> Optional.of(c.recordHigherDecision(command.decision(), clock.now())));
    }

}
