package vn.phoihop.executiveboard.consultations.domain;

import java.util.List;
import java.util.Objects;

/**
 * The conclusion of a meeting as its secretary enters it, before the rules have passed it. A null
 * {@code proposalVersion} means the current one.
 */
public record OpinionDraft(Integer proposalVersion, OpinionOutcome outcome, String conditions,
        List<String> questions, MeetingMinutes minutes) {

    public OpinionDraft {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(minutes, "minutes");
        questions = questions == null ? List.of() : List.copyOf(questions);
        conditions = conditions == null || conditions.isBlank() ? null : conditions;
    }

    /** Conditions belong to an agreement with conditions, questions to a request for information, and only there. */
    void requireStatedDetails() {
        boolean conditional = outcome == OpinionOutcome.AGREE_WITH_CONDITIONS;
        if (conditional != (conditions != null)) {
            throw new OpinionRefused("conditions-stated", conditional
                    ? "An agreement with conditions must state the conditions."
                    : "Only an agreement with conditions states conditions; this opinion is " + outcome + ".");
        }
        boolean asking = outcome == OpinionOutcome.REQUEST_INFORMATION;
        if (asking != !questions.isEmpty()) {
            throw new OpinionRefused("questions-stated", asking
                    ? "A request for information must ask at least one question."
                    : "Only a request for information asks questions; this opinion is " + outcome + ".");
        }
    }

}
