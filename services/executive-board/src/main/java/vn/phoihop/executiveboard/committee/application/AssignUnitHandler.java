package vn.phoihop.executiveboard.committee.application;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.committee.domain.UnitAssignment;

/**
 * Saves the assignment and announces it inside the transaction, so the consultations that waited for a member
 * of the unit are routed with it or not at all.
 */
@Service
public class AssignUnitHandler {

    private final UnitAssignments assignments;

    private final StandingCommittee committee;

    private final ApplicationEventPublisher announcements;

    AssignUnitHandler(UnitAssignments assignments, StandingCommittee committee,
            ApplicationEventPublisher announcements) {
        this.assignments = assignments;
        this.committee = committee;
        this.announcements = announcements;
    }

    @Transactional
    public UnitAssignment handle(AssignUnit command) {
        var assigned = committee.roster().assign(command.assignment());
        assignments.save(command.assignment());
        announcements.publishEvent(assigned);
        return command.assignment();
    }

}
