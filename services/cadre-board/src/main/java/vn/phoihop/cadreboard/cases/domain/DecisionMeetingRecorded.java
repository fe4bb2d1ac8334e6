package vn.phoihop.cadreboard.cases.domain;

/** The cadre board met and voted on a proposal version. */
public record DecisionMeetingRecorded(Stamp stamp, MeetingVote vote) implements CaseEvent {
}
