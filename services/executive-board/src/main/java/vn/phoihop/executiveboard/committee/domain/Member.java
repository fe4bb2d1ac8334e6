package vn.phoihop.executiveboard.committee.domain;

import java.util.Objects;

/**
 * A member of the Standing Committee. {@code cadreId} tells when the member is the subject of a case;
 * {@code username} is the login that acts as this member. Only active members count for a meeting.
 */
public record Member(String memberId, String fullName, String cadreId, String username, String title,
        boolean active) {

    public Member {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(fullName, "fullName");
    }

    /** Without the name: members are personal data and must not reach the logs. */
    @Override
    public String toString() {
        return "Member[" + memberId + (active ? "" : ", inactive") + "]";
    }

}
