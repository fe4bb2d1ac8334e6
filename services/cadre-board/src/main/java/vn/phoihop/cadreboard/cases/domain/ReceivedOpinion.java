package vn.phoihop.cadreboard.cases.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The executive board's opinion on one proposal version, identified by the event that carried it. */
public record ReceivedOpinion(UUID eventId, int proposalVersion, OpinionOutcome outcome, String conditions,
        List<String> questions, Instant issuedAt) implements ExecutiveBoardAnswer {

    public ReceivedOpinion {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(outcome, "outcome");
        questions = Require.list(questions);
    }

}
