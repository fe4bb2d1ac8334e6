package vn.phoihop.executiveboard.consultations.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.phoihop.executiveboard.consultations.application.IssueOpinion;
import vn.phoihop.executiveboard.consultations.domain.BallotTally;
import vn.phoihop.executiveboard.consultations.domain.MeetingMinutes;
import vn.phoihop.executiveboard.consultations.domain.OpinionDraft;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;
import vn.phoihop.executiveboard.consultations.domain.Recusal;
import vn.phoihop.executiveboard.consultations.domain.RecusalReason;

/**
 * The meeting's conclusion as the Standing Committee's secretary enters it: who was summoned, present and
 * recused, by member id, and the tally of the secret ballot, never who voted how.
 */
record OpinionRequest(@Positive Integer proposalVersion, @NotNull OpinionOutcome outcome,
        @Size(max = 4000) String conditions, @Size(max = 20) List<@NotBlank @Size(max = 1000) String> questions,
        @NotNull @Valid MeetingRequest meeting, @NotNull @Valid TallyRequest tally) {

    record MeetingRequest(@NotNull @PastOrPresent LocalDate date,
            @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 40) String> summoned,
            @NotNull @Size(max = 100) List<@NotBlank @Size(max = 40) String> present,
            @Size(max = 100) List<@NotNull @Valid RecusalRequest> recusals) {
    }

    record RecusalRequest(@NotBlank @Size(max = 40) String memberId, @NotNull RecusalReason reason) {
    }

    record TallyRequest(@NotNull @PositiveOrZero @Max(100) Integer agree,
            @NotNull @PositiveOrZero @Max(100) Integer disagree, @NotNull @PositiveOrZero @Max(100) Integer abstain,
            @NotNull @PositiveOrZero @Max(100) Integer invalid) {
    }

    IssueOpinion toCommand(UUID caseId) {
        List<Recusal> recusals = meeting.recusals() == null ? List.of()
                : meeting.recusals().stream().map(r -> new Recusal(r.memberId(), r.reason())).toList();
        MeetingMinutes minutes = new MeetingMinutes(meeting.date(), meeting.summoned(), meeting.present(), recusals,
                new BallotTally(tally.agree(), tally.disagree(), tally.abstain(), tally.invalid()));
        return new IssueOpinion(caseId, new OpinionDraft(proposalVersion, outcome, conditions, questions, minutes));
    }

}
