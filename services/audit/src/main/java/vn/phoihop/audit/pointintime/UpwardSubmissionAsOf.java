package vn.phoihop.audit.pointintime;

import java.time.LocalDate;

import vn.phoihop.events.SubmittedUpward;

/** The cadre board's submission of the case to the higher authority that decides its tier. */
public record UpwardSubmissionAsOf(String eventId, int proposalVersion, String authorityName,
        String submissionNumber, LocalDate submittedOn, String opinionEventId) {

    static UpwardSubmissionAsOf of(SubmittedUpward submitted) {
        return new UpwardSubmissionAsOf(submitted.getEnvelope().getEventId(), submitted.getProposalVersion(),
                submitted.getAuthorityName(), submitted.getSubmissionNumber(), submitted.getSubmittedOn(),
                submitted.getOpinionEventId());
    }
}
