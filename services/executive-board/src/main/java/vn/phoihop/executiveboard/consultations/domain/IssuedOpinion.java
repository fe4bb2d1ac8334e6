package vn.phoihop.executiveboard.consultations.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The Standing Committee's opinion on a proposal version. {@code reviewEventId} names the member review the
 * meeting considered; {@code late} says the meeting was held after the due date.
 */
public record IssuedOpinion(int proposalVersion, OpinionOutcome outcome, String conditions, List<String> questions,
        Meeting meeting, Instant issuedAt, UUID reviewEventId, boolean late) {

    public IssuedOpinion {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

}
