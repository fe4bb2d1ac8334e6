package vn.phoihop.executiveboard.consultations.application;

import java.time.LocalDate;
import java.util.UUID;

import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;

/** The assigned member's review; {@code username} is the signed-in user, {@code reviewedOn} null for today. */
public record RecordReview(UUID caseId, String username, OpinionOutcome recommendation, String note,
        LocalDate reviewedOn) {
}
