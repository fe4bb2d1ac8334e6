package vn.phoihop.simulation;

import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.PositionTier;

/**
 * A case the cadre board opens at the start of a run: its action kind, the tier and unit of the position, and
 * its subject, either member {@code subjectMember} of the Standing Committee (an index, taken modulo the roster's
 * size) or, when negative, a cadre from outside the committee.
 */
record CaseSpec(ActionKind kind, PositionTier tier, int unit, int subjectMember) {

    String subjectCadreId(int caseNo, RosterSpec roster) {
        return subjectMember < 0 ? "C-outside-" + (caseNo + 1)
                : RosterSpec.cadreIdOfMember(RosterSpec.memberId(subjectMember % roster.size()));
    }

    @Override
    public String toString() {
        return kind + "/" + tier + "/" + RosterSpec.UNITS.get(unit) + (subjectMember < 0 ? "" : "/subject=member");
    }

}
