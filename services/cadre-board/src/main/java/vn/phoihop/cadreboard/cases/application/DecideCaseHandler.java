package vn.phoihop.cadreboard.cases.application;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

@Service
public class DecideCaseHandler {

    private final PersonnelCases cases;

    private final CaseEvents events;

    private final Clock clock;

    DecideCaseHandler(PersonnelCases cases, CaseEvents events, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PersonnelCase handle(DecideCase command) {
        PersonnelCase personnelCase = cases.lockExisting(command.caseId());
        events.publish(personnelCase.decide(command.decision(), clock.instant()));
        cases.update(personnelCase);
        return personnelCase;
    }

}
