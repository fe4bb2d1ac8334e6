package vn.phoihop.local.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole replayed term: the Standing Committee, which member follows which unit, and every case. */
record TermPlan(List<Member> roster, List<Assignment> assignments, List<PlannedCase> cases) {

    TermPlan {
        roster = List.copyOf(roster);
        assignments = List.copyOf(assignments);
        cases = List.copyOf(cases);
    }

    /** A member of the executive board's Standing Committee and the user name he or she logs in with. */
    record Member(String memberId, String fullName, String cadreId, String username, String title) {
    }

    /** The committee member who follows a unit (cấp ủy viên theo dõi). */
    record Assignment(String unitCode, String unitName, String memberId) {
    }

    Member assignedMember(String unitCode) {
        Map<String, String> byUnit = assignments.stream()
                .collect(Collectors.toMap(Assignment::unitCode, Assignment::memberId));
        return member(byUnit.get(unitCode));
    }

    Member member(String memberId) {
        return roster.stream().collect(Collectors.toMap(Member::memberId, Function.identity())).get(memberId);
    }

    int mostRounds() {
        return cases.stream().mapToInt(planned -> planned.rounds().size()).max().orElse(0);
    }

    long decidedByCadreBoard() {
        return cases.stream().filter(PlannedCase::decidedByCadreBoard).count();
    }

    long decidedAbove() {
        return cases.stream().filter(PlannedCase::decidedAbove).count();
    }
}
