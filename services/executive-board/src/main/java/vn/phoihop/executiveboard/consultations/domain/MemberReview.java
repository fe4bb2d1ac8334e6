package vn.phoihop.executiveboard.consultations.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The assigned member's review of a proposal version. {@code eventId} is the id of the published
 * MemberReviewRecorded, so the opinion can name the review its meeting considered.
 */
public record MemberReview(int proposalVersion, String memberId, OpinionOutcome recommendation, String note,
        LocalDate reviewedOn, UUID eventId) {

    MemberReview publishedAs(UUID id) {
        return new MemberReview(proposalVersion, memberId, recommendation, note, reviewedOn, id);
    }

}
