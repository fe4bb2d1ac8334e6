package vn.phoihop.cadreboard.cases.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The assigned member's review of a proposal version, before the Standing Committee meets. */
public record MemberReview(int proposalVersion, String memberId, OpinionOutcome recommendation, String note,
        LocalDate reviewedOn) implements ExecutiveBoardAnswer {

    public MemberReview {
        Require.text(memberId, "memberId");
        Objects.requireNonNull(recommendation, "recommendation");
    }

}
