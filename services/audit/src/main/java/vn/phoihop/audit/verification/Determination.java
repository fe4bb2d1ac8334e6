package vn.phoihop.audit.verification;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import vn.phoihop.events.DecidingAuthority;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.SubmittedUpward;

/**
 * What the cadre board itself determined on a case, its decision or its upward submission, and the events it
 * names as its basis. A higher authority's decision is not one: it rests on what the case was submitted with.
 *
 * @param approving whether the board approved the proposal; an upward submission proposes it for approval
 */
record Determination(Recorded<?> at, String what, int proposalVersion, String opinionEventId, String overdueEventId,
        String decisionMeetingEventId, boolean approving) {

    static List<Determination> all(CaseFacts facts) {
        return Stream.concat(facts.all(DecisionFinalised.class)
            .stream()
            .filter(decision -> decision.event().getAuthority() != DecidingAuthority.HIGHER_AUTHORITY)
            .map(Determination::decision), facts.all(SubmittedUpward.class).stream().map(Determination::submission))
            .sorted(Comparator.comparingInt(determination -> determination.at().position()))
            .toList();
    }

    private static Determination decision(Recorded<DecisionFinalised> decision) {
        DecisionFinalised event = decision.event();
        return new Determination(decision, "the decision " + event.getOutcome(), event.getProposalVersion(),
                event.getOpinionEventId(), event.getOverdueEventId(), event.getDecisionMeetingEventId(),
                event.getOutcome() == DecisionOutcome.APPROVED);
    }

    private static Determination submission(Recorded<SubmittedUpward> submission) {
        SubmittedUpward event = submission.event();
        return new Determination(submission, "the upward submission", event.getProposalVersion(),
                event.getOpinionEventId(), event.getOverdueEventId(), event.getDecisionMeetingEventId(), true);
    }
}
