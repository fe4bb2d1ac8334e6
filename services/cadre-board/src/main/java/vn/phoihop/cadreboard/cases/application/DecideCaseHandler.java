package vn.phoihop.cadreboard.cases.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

@Service
public class DecideCaseHandler {

    private final CaseChanges changes;

    private final BoardClock clock;

    DecideCaseHandler(CaseChanges changes, BoardClock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public PersonnelCase handle(DecideCase command) {
        return changes.apply(command.caseId(), TimelineStep.DECIDED,
                c -> Optional.of(c.decide(command.decision(), clock.now())));
    }

}
