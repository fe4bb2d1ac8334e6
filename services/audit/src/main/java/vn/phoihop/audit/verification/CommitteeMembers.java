package vn.phoihop.audit.verification;

import java.util.Map;
import java.util.Optional;

/**
 * What the audit knows of the Standing Committee's roster: which member is which cadre. The executive board tells
 * that a member is the subject of a case by the cadre id on the member's roster entry, which no event carries; given
 * the roster (e.g. from the executive board's member list), the audit checks the subject's recusal the same way.
 * Without it, the audit can only hold the meetings of a case to each other.
 */
public record CommitteeMembers(Map<String, String> cadreIdByMemberId) {

    public CommitteeMembers {
        cadreIdByMemberId = Map.copyOf(cadreIdByMemberId);
    }

    public static CommitteeMembers unknown() {
        return new CommitteeMembers(Map.of());
    }

    /** The member who is the cadre a case concerns, if the roster has one. */
    public Optional<String> memberWhoIs(String cadreId) {
        return this.cadreIdByMemberId.entrySet()
            .stream()
            .filter(member -> member.getValue().equals(cadreId))
            .map(Map.Entry::getKey)
            .findFirst();
    }
}
