package vn.phoihop.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import vn.phoihop.executiveboard.committee.domain.Member;
import vn.phoihop.executiveboard.committee.domain.Roster;
import vn.phoihop.executiveboard.committee.domain.UnitAssignment;

/**
 * The Standing Committee of a run: {@code size} members m1..mN, at most one of them inactive, and the member who
 * follows each of the units U1..U3 (-1: nobody). Member mK is cadre C-mK, so a case about C-mK concerns a member.
 * The test's oracles read this, never the domain's {@link Roster}.
 */
record RosterSpec(int size, int inactiveMember, List<Integer> unitMembers) {

    static final List<String> UNITS = List.of("U1", "U2", "U3");

    RosterSpec {
        unitMembers = List.copyOf(unitMembers);
    }

    static String memberId(int index) {
        return "m" + (index + 1);
    }

    static String cadreIdOfMember(String memberId) {
        return "C-" + memberId;
    }

    private boolean active(int index) {
        return inactiveMember < 0 || index != inactiveMember % size;
    }

    List<String> activeMembers() {
        return IntStream.range(0, size).filter(this::active).mapToObj(RosterSpec::memberId).toList();
    }

    List<String> inactiveMembers() {
        return IntStream.range(0, size).filter(i -> !active(i)).mapToObj(RosterSpec::memberId).toList();
    }

    boolean isActive(String memberId) {
        return activeMembers().contains(memberId);
    }

    /** The active member who follows the unit, as the regulation routes a case to its reviewer. */
    Optional<String> followerOf(String unitCode) {
        int unit = UNITS.indexOf(unitCode);
        if (unit < 0 || unitMembers.get(unit) < 0) {
            return Optional.empty();
        }
        int member = unitMembers.get(unit) % size;
        return active(member) ? Optional.of(memberId(member)) : Optional.empty();
    }

    /** The active member who is the cadre a case concerns, who must recuse themselves. */
    Optional<String> activeMemberWhoIs(String cadreId) {
        return activeMembers().stream().filter(id -> cadreIdOfMember(id).equals(cadreId)).findFirst();
    }

    Roster roster() {
        List<Member> members = IntStream.range(0, size)
            .mapToObj(i -> new Member(memberId(i), "Ủy viên " + (i + 1), cadreIdOfMember(memberId(i)), "uv" + (i + 1),
                    "Ủy viên Ban Thường vụ", active(i)))
            .toList();
        List<UnitAssignment> assignments = new ArrayList<>();
        for (int unit = 0; unit < UNITS.size(); unit++) {
            if (unitMembers.get(unit) >= 0) {
                assignments.add(new UnitAssignment(UNITS.get(unit), memberId(unitMembers.get(unit) % size),
                        "Đơn vị " + UNITS.get(unit)));
            }
        }
        return new Roster(members, assignments);
    }

    @Override
    public String toString() {
        return "Roster[" + size + " members, active " + activeMembers() + ", units "
                + IntStream.range(0, UNITS.size())
                    .mapToObj(u -> UNITS.get(u) + "→" + followerOf(UNITS.get(u)).orElse("nobody"))
                    .toList()
                + "]";
    }

}
