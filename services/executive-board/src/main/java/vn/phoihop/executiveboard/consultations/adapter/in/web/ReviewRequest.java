package vn.phoihop.executiveboard.consultations.adapter.in.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import vn.phoihop.executiveboard.consultations.application.RecordReview;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;

/** The assigned member's review; {@code reviewedOn} defaults to today. */
record ReviewRequest(@NotNull OpinionOutcome recommendation, @NotBlank @Size(max = 4000) String note,
        @PastOrPresent LocalDate reviewedOn) {

    RecordReview toCommand(UUID caseId, String username) {
        return new RecordReview(caseId, username, recommendation, note, reviewedOn);
    }

}
