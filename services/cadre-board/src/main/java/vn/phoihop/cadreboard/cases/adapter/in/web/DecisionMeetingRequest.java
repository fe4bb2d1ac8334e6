package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import vn.phoihop.cadreboard.cases.domain.MeetingVote;

/** The board's meeting: that the counts add up is the domain's check (400 {@code meeting-counts}). */
record DecisionMeetingRequest(@NotNull LocalDate meetingDate, @NotNull @Positive Integer membersTotal,
        @NotNull @PositiveOrZero Integer present, @NotNull @PositiveOrZero Integer inFavour,
        @NotNull @PositiveOrZero Integer against, @NotNull @PositiveOrZero Integer abstain) {

    MeetingVote toVote() {
        return new MeetingVote(meetingDate, membersTotal, present, inFavour, against, abstain);
    }

}
