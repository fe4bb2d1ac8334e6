package vn.phoihop.executiveboard.consultations.domain;

import java.util.Objects;

/** A member present who did not vote on the case, and why. */
public record Recusal(String memberId, RecusalReason reason) {

    public Recusal {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(reason, "reason");
    }

}
