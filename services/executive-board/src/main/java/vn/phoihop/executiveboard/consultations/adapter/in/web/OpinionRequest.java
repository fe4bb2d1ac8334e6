package vn.phoihop.executiveboard.consultations.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.phoihop.executiveboard.consultations.application.IssueOpinion;
import vn.phoihop.executiveboard.consultations.domain.BallotTally;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;

/** The meeting's conclusion as the Standing Committee's secretary enters it: counts only, the ballot is secret. */
record OpinionRequest(@Positive Integer proposalVersion, @NotNull OpinionOutcome outcome,
        @Size(max = 4000) String conditions, @Size(max = 20) List<@NotBlank @Size(max = 1000) String> questions,
        @NotNull @PastOrPresent LocalDate meetingDate, @Positive @Max(100) int summoned,
        @PositiveOrZero @Max(100) int present, @PositiveOrZero @Max(100) int recused,
        @PositiveOrZero @Max(100) int agree, @PositiveOrZero @Max(100) int disagree,
        @PositiveOrZero @Max(100) int abstain, @PositiveOrZero @Max(100) int invalid) {

    IssueOpinion toCommand(UUID caseId) {
        return new IssueOpinion(caseId, proposalVersion, outcome, conditions, questions, meetingDate, summoned, present,
                recused, new BallotTally(agree, disagree, abstain, invalid));
    }

}
