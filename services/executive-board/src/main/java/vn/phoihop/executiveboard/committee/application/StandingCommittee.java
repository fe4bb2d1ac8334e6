package vn.phoihop.executiveboard.committee.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.committee.domain.Roster;

/** The roster as it stands, for the use cases that route consultations and check meetings against it. */
@Service
public class StandingCommittee {

    private final Members members;

    private final UnitAssignments assignments;

    StandingCommittee(Members members, UnitAssignments assignments) {
        this.members = members;
        this.assignments = assignments;
    }

    @Transactional(readOnly = true)
    public Roster roster() {
        return new Roster(members.all(), assignments.all());
    }

}
