package vn.phoihop.cadreboard.cases.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

@Service
public class SubmitCaseHandler {

    private final PersonnelCases cases;

    private final CaseEvents events;

    private final Clock clock;

    SubmitCaseHandler(PersonnelCases cases, CaseEvents events, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PersonnelCase handle(SubmitCase command) {
        PersonnelCase personnelCase = cases.lockExisting(command.caseId());
        events.publish(personnelCase.submit(LocalDate.now(clock)));
        cases.update(personnelCase);
        return personnelCase;
    }

}
