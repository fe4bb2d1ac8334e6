package vn.phoihop.audit.verification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

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
        List<Recorded<DecisionFinalised>> decisions = facts.all(DecisionFinalised.class);
        List<Recorded<SubmittedUpward>> submissions = facts.all(SubmittedUpward.class);
        if (decisions.isEmpty() && submissions.isEmpty()) {
            return List.of();
        }
        List<Determination> all = new ArrayList<>(decisions.size() + submissions.size());
        for (Recorded<DecisionFinalised> decision : decisions) {
            if (decision.event().getAuthority() != DecidingAuthority.HIGHER_AUTHORITY) {
                all.add(decision(decision));
            }
        }
        submissions.forEach(submission -> all.add(submission(submission)));
        all.sort(Comparator.comparingInt(determination -> determination.at().position()));
        return Collections.unmodifiableList(all);
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
