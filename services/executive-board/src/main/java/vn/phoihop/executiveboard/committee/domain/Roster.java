package vn.phoihop.executiveboard.committee.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The Standing Committee as it stands: its members and which member follows which unit. The number of active
 * members is the denominator of the adoption rule.
 */
public final class Roster {

    public static final String MEMBER_ACTIVE = "member-active";

    public static final String MEMBER_UNIQUE = "member-unique";

    private final Map<String, Member> members;

    private final Map<String, UnitAssignment> assignments;

    public Roster(List<Member> members, List<UnitAssignment> assignments) {
        this.members = members.stream().collect(Collectors.toUnmodifiableMap(Member::memberId, Function.identity()));
        this.assignments = assignments.stream()
            .collect(Collectors.toUnmodifiableMap(UnitAssignment::unitCode, Function.identity()));
    }

    public int activeMembers() {
        return (int) members.values().stream().filter(Member::active).count();
    }

    /** The active members by member id: whom a meeting may summon. */
    public List<Member> active() {
        return members.values().stream().filter(Member::active).sorted(Comparator.comparing(Member::memberId)).toList();
    }

    public boolean isActive(String memberId) {
        return member(memberId).filter(Member::active).isPresent();
    }

    public Optional<Member> member(String memberId) {
        return Optional.ofNullable(members.get(memberId));
    }

    /** The active member the signed-in user acts as, if any. */
    public Optional<Member> actingAs(String username) {
        return activeWhere(member -> username.equals(member.username()));
    }

    /** The active member who is the cadre a case concerns, if any: that member must not vote on the case. */
    public Optional<Member> memberWhoIs(String cadreId) {
        return activeWhere(member -> cadreId.equals(member.cadreId()));
    }

    /** The active member who follows the unit; none when the unit is unassigned or its member left. */
    public Optional<String> memberFollowing(String unitCode) {
        return Optional.ofNullable(unitCode)
            .map(assignments::get)
            .map(UnitAssignment::memberId)
            .filter(this::isActive);
    }

    /** A member as saved: another member may not share the login or the cadre id. */
    public Member admit(Member member) {
        members.values()
            .stream()
            .filter(other -> !other.memberId().equals(member.memberId()))
            .forEach(other -> {
                if (member.username() != null && member.username().equals(other.username())) {
                    throw new RosterRefused(MEMBER_UNIQUE, "The user name of member " + member.memberId()
                            + " is already the login of member " + other.memberId() + ".");
                }
                if (member.cadreId() != null && member.cadreId().equals(other.cadreId())) {
                    throw new RosterRefused(MEMBER_UNIQUE, "Cadre " + member.cadreId() + " is already member "
                            + other.memberId() + ".");
                }
            });
        return member;
    }

    /** A unit may be followed only by an active member, who then reviews its cases. */
    public UnitAssigned assign(UnitAssignment assignment) {
        if (!isActive(assignment.memberId())) {
            throw new RosterRefused(MEMBER_ACTIVE, "Member " + assignment.memberId()
                    + " is not an active member of the Standing Committee (" + activeMembers()
                    + " active); unit " + assignment.unitCode() + " cannot be assigned to them.");
        }
        return new UnitAssigned(assignment.unitCode(), assignment.memberId());
    }

    private Optional<Member> activeWhere(Predicate<Member> condition) {
        return members.values().stream().filter(Member::active).filter(condition).findFirst();
    }

}
