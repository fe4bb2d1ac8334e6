package vn.phoihop.executiveboard.consultations.domain;

import java.util.List;

import vn.phoihop.regulation.MeetingRules.AdoptionBase;

/**
 * What the rules say of an opinion before it is issued, so that the secretary sees it while entering the meeting:
 * the quorum and the adoption with their numbers, and every problem that would refuse it, the one a refusal names
 * first. {@code adoption} is null when the outcome takes no vote (a request for information).
 */
public record OpinionCheck(Quorum quorum, Adoption adoption, List<Problem> problems) {

    public OpinionCheck {
        problems = List.copyOf(problems);
    }

    /** {@code present} of the {@code summoned} came; {@code needed} is the fewest that reach the quorum. */
    public record Quorum(int present, int summoned, long needed, boolean met) {
    }

    /** {@code inFavour} of the {@code base} (all members, or those who could vote) voted for {@code outcome}. */
    public record Adoption(OpinionOutcome outcome, int inFavour, int base, AdoptionBase of, long needed,
            boolean adopted) {
    }

    public record Problem(String rule, String message) {
    }

    public boolean passes() {
        return problems.isEmpty();
    }

    /** The rule {@code rule} breaks, if it throws, as a problem among the others. */
    static void found(List<Problem> problems, Runnable rule) {
        try {
            rule.run();
        }
        catch (OpinionRefused refused) {
            problems.add(new Problem(refused.rule(), refused.getMessage()));
        }
    }

    void require() {
        if (!passes()) {
            Problem first = problems.getFirst();
            throw new OpinionRefused(first.rule(), first.message());
        }
    }

}
