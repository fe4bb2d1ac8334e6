package vn.phoihop.executiveboard.consultations.domain;

import java.util.UUID;

/** The assigned member reviewed the current proposal version. */
public record MemberReviewRecorded(UUID caseId, long sequence, String regulationVersion, MemberReview review)
        implements ConsultationEvent {
}
