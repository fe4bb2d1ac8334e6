package vn.phoihop.executiveboard.consultations.domain;

import java.util.List;
import java.util.Objects;

/** The Standing Committee secretary's record of a meeting's conclusion, before the rules have passed it. */
public record OpinionDraft(int proposalVersion, OpinionOutcome outcome, String conditions, List<String> questions,
        Meeting meeting) {

    public OpinionDraft {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(meeting, "meeting");
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

}
