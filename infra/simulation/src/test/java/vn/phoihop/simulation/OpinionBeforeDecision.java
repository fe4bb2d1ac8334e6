package vn.phoihop.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.phoihop.cadreboard.cases.domain.CaseState;
import vn.phoihop.cadreboard.cases.domain.CaseStatus;
import vn.phoihop.cadreboard.cases.domain.ConsultationOverdue;
import vn.phoihop.cadreboard.cases.domain.ConsultationRequested;
import vn.phoihop.cadreboard.cases.domain.DecisionBasis;
import vn.phoihop.cadreboard.cases.domain.DecisionFinalised;
import vn.phoihop.cadreboard.cases.domain.DecisionMeetingRecorded;
import vn.phoihop.cadreboard.cases.domain.DecisionOutcome;
import vn.phoihop.cadreboard.cases.domain.SubmittedUpward;
import vn.phoihop.executiveboard.consultations.domain.IssuedOpinion;
import vn.phoihop.executiveboard.consultations.domain.OpinionIssued;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.DecidingAuthority;

/**
 * Invariant 1: no decision by the cadre board and no upward submission unless the executive board issued an
 * opinion allowing a decision on that very proposal version, and the cadre board had received it before, or the
 * consultation on that version was found overdue where silence means consent; the basis names that event (and the
 * board's own meeting on the version). A contrary decision is flagged and justified; a higher authority's decision
 * rests on what the case was submitted with.
 */
final class OpinionBeforeDecision implements Invariant {

    /** The brief: silence is consent for these kinds only. */
    private static final Set<ActionKind> SILENCE_IS_CONSENT = Set.of(ActionKind.REAPPOINTMENT,
            ActionKind.TENURE_EXTENSION);

    @Override
    public String name() {
        return "Invariant 1 (the opinion of the same version before any decision)";
    }

    @Override
    public void check(World world) {
        for (Message message : world.cadre.outbox()) {
            switch (message.event()) {
                case SubmittedUpward upward -> rests(world, message, upward.basis(), DecisionOutcome.APPROVED);
                case DecisionFinalised finalised -> decision(world, message, finalised);
                default -> {
                    // no decision
                }
            }
        }
        world.cadre.snapshot().forEach((caseId, state) -> published(world, caseId, state));
    }

    private static void decision(World world, Message message, DecisionFinalised finalised) {
        var decision = finalised.decision();
        if (decision.authority() == DecidingAuthority.HIGHER_AUTHORITY) {
            List<SubmittedUpward> submissions = History.of(world.cadre.outbox(), message.caseId(),
                    SubmittedUpward.class);
            assertThat(submissions).as("%s: a higher authority decides only what was submitted upward", message)
                .isNotEmpty();
            SubmittedUpward submitted = submissions.getLast();
            assertThat(submitted.proposalVersion()).as("%s: version submitted upward", message)
                .isEqualTo(finalised.proposalVersion());
            assertThat(decision.basis().opinionEventId()).as("%s: opinion the submission rested on", message)
                .isEqualTo(submitted.basis().opinionEventId());
            assertThat(decision.basis().overdueEventId()).as("%s: overdue the submission rested on", message)
                .isEqualTo(submitted.basis().overdueEventId());
            return;
        }
        IssuedOpinion opinion = rests(world, message, decision.basis(), decision.outcome());
        boolean follows = opinion == null || supports(opinion.outcome(), decision.outcome());
        assertThat(decision.contraryToOpinion()).as("%s: flagged contrary to %s", message,
                opinion == null ? "deemed consent" : opinion.outcome())
            .isEqualTo(!follows);
        if (!follows) {
            assertThat(decision.justification()).as("%s: the contrary decision's justification", message)
                .isNotBlank();
        }
    }

    /** @return the opinion the decision rests on, null on deemed consent */
    private static IssuedOpinion rests(World world, Message message, DecisionBasis basis, DecisionOutcome outcome) {
        int version = ((vn.phoihop.cadreboard.cases.domain.CaseEvent) message.event()).proposalVersion();
        meeting(world, message, basis.decisionMeetingEventId(), version, outcome);
        if (basis.opinionEventId() != null) {
            return opinion(world, message, basis.opinionEventId(), version);
        }
        assertThat(basis.overdueEventId()).as("%s rests on neither an opinion nor a deemed consent, but every "
                + "action kind requires consultation", message)
            .isNotNull();
        deemedConsent(world, message, basis.overdueEventId(), version);
        return null;
    }

    private static IssuedOpinion opinion(World world, Message message, UUID opinionId, int version) {
        OpinionIssued issued = History.find(world.executive.outbox(), opinionId, OpinionIssued.class)
            .orElseThrow(() -> new AssertionError(message + " rests on " + Labels.of(opinionId)
                    + ", which the executive board never issued as an opinion"));
        assertThat(issued.caseId()).as("%s: case of its opinion", message).isEqualTo(message.caseId());
        assertThat(issued.opinion().proposalVersion()).as("%s: version of its opinion %s", message,
                Labels.of(opinionId))
            .isEqualTo(version);
        assertThat(issued.opinion().outcome()).as("%s: its opinion must allow a decision", message)
            .isNotEqualTo(OpinionOutcome.REQUEST_INFORMATION);
        Long received = world.appliedAt.get(opinionId);
        assertThat(received).as("%s: the cadre board must have received %s before", message, Labels.of(opinionId))
            .isNotNull()
            .isLessThan(message.tick());
        return issued.opinion();
    }

    private static void deemedConsent(World world, Message message, UUID overdueId, int version) {
        Message found = History.find(world.cadre.outbox(), overdueId)
            .orElseThrow(() -> new AssertionError(message + " rests on unknown overdue event " + overdueId));
        assertThat(found.event()).as("%s: its overdue event", message).isInstanceOf(ConsultationOverdue.class);
        ConsultationOverdue overdue = (ConsultationOverdue) found.event();
        ActionKind kind = History.of(world.cadre.outbox(), message.caseId(), ConsultationRequested.class)
            .getFirst()
            .proposal()
            .kind();
        assertThat(found.caseId()).as("%s: case of its overdue event", message).isEqualTo(message.caseId());
        assertThat(overdue.proposalVersion()).as("%s: version found overdue", message).isEqualTo(version);
        assertThat(overdue.deemedConsent()).as("%s: the overdue event counts as consent", message).isTrue();
        assertThat(kind).as("%s: silence means consent only for these kinds", message).isIn(SILENCE_IS_CONSENT);
        assertThat(overdue.detectedOn()).as("%s: overdue only after the due date", message)
            .isAfter(overdue.dueDate());
        assertThat(found.tick()).as("%s: found overdue before", message).isLessThan(message.tick());
    }

    private static void meeting(World world, Message message, UUID meetingId, int version, DecisionOutcome outcome) {
        DecisionMeetingRecorded meeting = History.find(world.cadre.outbox(), meetingId, DecisionMeetingRecorded.class)
            .orElseThrow(() -> new AssertionError(message + " names no meeting of the board: " + meetingId));
        assertThat(meeting.caseId().value()).as("%s: case of its meeting", message).isEqualTo(message.caseId());
        assertThat(meeting.proposalVersion()).as("%s: version of its meeting", message).isEqualTo(version);
        boolean adopted = 2 * meeting.vote().inFavour() > meeting.vote().membersTotal();
        assertThat(adopted).as("%s: follows the board's meeting", message)
            .isEqualTo(outcome == DecisionOutcome.APPROVED);
    }

    private static void published(World world, UUID caseId, CaseState state) {
        Class<?> expected = state.status() == CaseStatus.DECIDED ? DecisionFinalised.class
                : state.status() == CaseStatus.SUBMITTED_UPWARD ? SubmittedUpward.class : null;
        if (expected != null) {
            assertThat(History.of(world.cadre.outbox(), caseId, expected))
                .as("case %s is %s: the event that put it there", Labels.of(caseId), state.status())
                .isNotEmpty();
        }
    }

    private static boolean supports(OpinionOutcome opinion, DecisionOutcome decision) {
        return switch (opinion) {
            case AGREE, AGREE_WITH_CONDITIONS -> decision == DecisionOutcome.APPROVED;
            case DISAGREE -> decision == DecisionOutcome.REJECTED;
            case REQUEST_INFORMATION -> false;
        };
    }

}
