package vn.phoihop.executiveboard.committee.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.committee.domain.Member;
import vn.phoihop.executiveboard.committee.domain.UnitAssignment;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageRequest;

/** The roster's lists; a Standing Committee has tens of members and units, so each is read whole. */
@Service
@Transactional(readOnly = true)
public class RosterQueries {

    private final Members members;

    private final UnitAssignments assignments;

    RosterQueries(Members members, UnitAssignments assignments) {
        this.members = members;
        this.assignments = assignments;
    }

    public Page<Member> members(PageRequest page) {
        return Page.slice(members.all(), page);
    }

    public Page<UnitAssignment> assignments(PageRequest page) {
        return Page.slice(assignments.all(), page);
    }

}
