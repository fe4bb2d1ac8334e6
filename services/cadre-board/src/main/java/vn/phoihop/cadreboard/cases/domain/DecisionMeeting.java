package vn.phoihop.cadreboard.cases.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The cadre board's meeting on a proposal version. Its event id comes from the outbox once the
 * DecisionMeetingRecorded event is written; the decision refers to it.
 */
public record DecisionMeeting(int proposalVersion, MeetingVote vote, UUID eventId) {

    public DecisionMeeting {
        Objects.requireNonNull(vote, "vote");
    }

    DecisionMeeting withEventId(UUID id) {
        return new DecisionMeeting(proposalVersion, vote, id);
    }

    /** An approval needs the meeting's majority in favour; a rejection needs it not to be there. */
    boolean supports(DecisionOutcome outcome) {
        return vote.adopted() == (outcome == DecisionOutcome.APPROVED);
    }

}
