package vn.phoihop.cadreboard.cases.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

@Service
public class RecordDecisionMeetingHandler {

    private final CaseChanges changes;

    private final BoardClock clock;

    RecordDecisionMeetingHandler(CaseChanges changes, BoardClock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public PersonnelCase handle(RecordDecisionMeeting command) {
        return changes.apply(command.caseId(), TimelineStep.DECISION_MEETING_RECORDED,
                c -> Optional.of(c.recordDecisionMeeting(command.vote(), clock.today())));
    }

}
