package vn.phoihop.audit.verification;

import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.regulation.MeetingRules;

/**
 * {@code quorum} and {@code adoption}, the brief's second invariant, with the shares of the case's regulation: a
 * meeting concludes only with enough of the summoned present, and its conclusion needs more than a share of all
 * members (or of the voters, where the regulation says so) voting for it. The ballot is on the proposal: for
 * DISAGREE the ballots against it adopt the opinion. A request for information takes no position on the proposal,
 * so it needs the quorum but no adoption, as the executive board applies it.
 */
final class MeetingRulesCheck implements CaseCheck {

    @Override
    public void check(CaseFacts facts, Findings findings) {
        facts.rules().map(rules -> rules.meeting()).ifPresent(rules -> {
            for (Recorded<OpinionIssued> opinion : facts.all(OpinionIssued.class)) {
                Attendance attendance = Attendance.of(opinion.event());
                quorum(opinion, attendance, rules, findings);
                adoption(opinion, attendance, rules, findings);
            }
        });
    }

    private static void quorum(Recorded<OpinionIssued> opinion, Attendance attendance, MeetingRules rules,
            Findings findings) {
        if (!rules.quorate(attendance.present(), attendance.summoned())) {
            findings.add(CaseRules.QUORUM, opinion, attendance.present() + " of " + attendance.summoned()
                    + " summoned members present; at least " + rules.quorumNeeded(attendance.summoned()) + " ("
                    + rules.quorumOfSummoned() + " of the summoned) are required");
        }
    }

    private static void adoption(Recorded<OpinionIssued> opinion, Attendance attendance, MeetingRules rules,
            Findings findings) {
        OpinionOutcome outcome = opinion.event().getOutcome();
        if (outcome == OpinionOutcome.REQUEST_INFORMATION || outcome == OpinionOutcome.UNKNOWN) {
            return;
        }
        int inFavour = outcome == OpinionOutcome.DISAGREE ? attendance.tally().getDisagree()
                : attendance.tally().getAgree();
        if (!rules.adopted(inFavour, attendance.membersTotal(), attendance.voters())) {
            String base = rules.adoptionBase() == MeetingRules.AdoptionBase.ALL_MEMBERS
                    ? "all " + attendance.membersTotal() + " members"
                    : "the " + attendance.voters() + " members who could vote";
            findings.add(CaseRules.ADOPTION, opinion, inFavour + " of " + base + " voted for " + outcome
                    + "; more than " + rules.adoption() + " (at least "
                    + rules.adoptionNeeded(attendance.membersTotal(), attendance.voters()) + ") are required");
        }
    }
}
