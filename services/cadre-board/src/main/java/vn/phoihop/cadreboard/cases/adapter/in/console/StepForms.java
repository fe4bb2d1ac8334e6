package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.phoihop.cadreboard.cases.domain.DecisionOutcome;
import vn.phoihop.cadreboard.cases.domain.FinaliseDecision;
import vn.phoihop.cadreboard.cases.domain.HigherDecision;
import vn.phoihop.cadreboard.cases.domain.MeetingVote;
import vn.phoihop.cadreboard.cases.domain.UpwardSubmission;

/**
 * The forms of the case page's steps, named as the domain names their fields (so its field problems land next to
 * them); the limits are the REST API's.
 */
final class StepForms {

    private StepForms() {
    }

    /** @param requestDate absent for today */
    record Submission(LocalDate requestDate) {
    }

    /** One answer per question asked, in order; files come as the multipart part {@code documents}. */
    record Information(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 4000) String> answers,
            LocalDate suppliedOn) {

        public String answerAt(int index) {
            return answers != null && index < answers.size() ? answers.get(index) : null;
        }

    }

    record Withdrawal(@NotBlank @Size(max = 4000) String reason) {
    }

    record Meeting(@NotNull LocalDate meetingDate, @NotNull @Positive Integer membersTotal,
            @NotNull @PositiveOrZero Integer present, @NotNull @PositiveOrZero Integer inFavour,
            @NotNull @PositiveOrZero Integer against, @NotNull @PositiveOrZero Integer abstain) {

        MeetingVote toVote() {
            return new MeetingVote(meetingDate, membersTotal, present, inFavour, against, abstain);
        }

    }

    record Decision(@NotNull DecisionOutcome outcome, @NotBlank @Size(max = 64) String decisionNumber,
            @NotNull LocalDate effectiveDate, @Size(max = 4000) String justification) {

        FinaliseDecision toCommand() {
            return new FinaliseDecision(outcome, decisionNumber, effectiveDate, justification);
        }

    }

    record Upward(@NotBlank @Size(max = 200) String authorityName, @NotBlank @Size(max = 64) String submissionNumber,
            @NotNull LocalDate submittedOn) {

        UpwardSubmission toSubmission() {
            return new UpwardSubmission(authorityName, submissionNumber, submittedOn);
        }

    }

    /** @param authorityName absent when the authority that decided is the one the case was submitted to */
    record Higher(@NotNull DecisionOutcome outcome, @NotBlank @Size(max = 64) String decisionNumber,
            @NotNull LocalDate effectiveDate, @Size(max = 200) String authorityName) {

        HigherDecision toDecision() {
            return new HigherDecision(outcome, decisionNumber, effectiveDate,
                    authorityName == null || authorityName.isBlank() ? null : authorityName);
        }

    }

}
