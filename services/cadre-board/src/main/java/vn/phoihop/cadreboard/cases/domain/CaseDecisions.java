package vn.phoihop.cadreboard.cases.domain;

import static vn.phoihop.cadreboard.cases.domain.CaseStatus.DECIDED;
import static vn.phoihop.cadreboard.cases.domain.CaseStatus.DRAFT;
import static vn.phoihop.cadreboard.cases.domain.CaseStatus.SUBMITTED_UPWARD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.phoihop.regulation.DecidingAuthority;

/**
 * The deciding half of a {@link PersonnelCase}: the board's meeting, its decision, the submission upward and the
 * higher authority's decision. Each stands on the basis the regulation demands, checked in this order: the
 * deciding authority, the opinion on the current version (or deemed consent, or no consultation required), the
 * board's meeting on that version, a decision that follows the meeting, a justification when it departs from the
 * opinion.
 */
final class CaseDecisions {

    static final String DECIDING_AUTHORITY = "deciding-authority";

    static final String DECISION_MEETING_FIRST = "decision-meeting-first";

    static final String DECISION_FOLLOWS_MEETING = "decision-follows-meeting";

    static final String CONTRARY_DECISION_JUSTIFIED = "contrary-decision-justified";

    static final String DECIDE_ONCE = "decide-once";

    /** The states whose consultation basis {@link #consultationBasis} accepts. */
    private static final Set<CaseStatus> MAY_VOTE = EnumSet.of(CaseStatus.OPINION_RECEIVED, CaseStatus.DEEMED_CONSENT,
            CaseStatus.READY_FOR_DECISION);

    private final PersonnelCase c;

    CaseDecisions(PersonnelCase personnelCase) {
        this.c = personnelCase;
    }

    /**
     * The deciding steps the state allows: the meeting once the consultation has answered (or none is needed),
     * then the decision or the submission upward, whichever the case's tier calls for, once the meeting is held;
     * the higher authority's decision once submitted.
     */
    Set<SecretariatStep> steps() {
        if (c.status == SUBMITTED_UPWARD) {
            return Set.of(SecretariatStep.RECORD_HIGHER_DECISION);
        }
        if (!MAY_VOTE.contains(c.status)) {
            return Set.of();
        }
        Set<SecretariatStep> steps = EnumSet.of(SecretariatStep.RECORD_DECISION_MEETING);
        if (currentMeeting().isPresent()) {
            c.decidingAuthority()
                .map(authority -> authority == DecidingAuthority.CADRE_BOARD ? SecretariatStep.DECIDE
                        : SecretariatStep.SUBMIT_UPWARD)
                .ifPresent(steps::add);
        }
        return steps;
    }

    DecisionMeetingRecorded recordMeeting(MeetingVote vote, LocalDate today) {
        // the board votes only on a case it may decide or submit
        consultationBasis();
        CommandDates.requireNotInFuture("meetingDate", vote.meetingDate(), today);
        if (!vote.countProblems().isEmpty()) {
            throw new RuleViolation.InvalidFields(MeetingVote.COUNTS_RULE, vote.countProblems());
        }
        c.decisionMeeting = new DecisionMeeting(c.proposalVersion, vote, null);
        return new DecisionMeetingRecorded(c.nextStamp(), vote);
    }

    DecisionFinalised decide(FinaliseDecision command, Instant now) {
        requireUndecided();
        requireAuthority(DecidingAuthority.CADRE_BOARD, "submitted upward, not decided by the cadre board");
        DecisionBasis basis = decisionBasis();
        requireFollowsMeeting(command.outcome());
        boolean contrary = contrary(basis, command.outcome());
        if (contrary && !command.justified()) {
            throw new RuleViolation.Unjustified(CONTRARY_DECISION_JUSTIFIED, "Deciding " + command.outcome()
                    + " on case " + c.id + " against the opinion " + opinionOf(basis).orElseThrow().outcome()
                    + " requires a written justification.");
        }
        return finalise(new Decision(command.outcome(), DecidingAuthority.CADRE_BOARD, null, command.decisionNumber(),
                command.effectiveDate(), command.justification(), contrary, basis, now));
    }

    SubmittedUpward submitUpward(UpwardSubmission submission, LocalDate today) {
        if (c.status == DECIDED || c.status == SUBMITTED_UPWARD) {
            throw c.conflict("be submitted upward");
        }
        requireAuthority(DecidingAuthority.HIGHER_AUTHORITY, "decided by the cadre board, not submitted upward");
        DecisionBasis basis = decisionBasis();
        requireFollowsMeeting(DecisionOutcome.APPROVED);
        CommandDates.requireNotInFuture("submittedOn", submission.submittedOn(), today);
        c.upwardSubmission = submission;
        c.upwardBasis = basis;
        c.status = SUBMITTED_UPWARD;
        return new SubmittedUpward(c.nextStamp(), submission, basis);
    }

    /** The higher authority decides on what the case was submitted with; not the board's decision to justify. */
    DecisionFinalised recordHigherDecision(HigherDecision higher, Instant now) {
        requireUndecided();
        c.requireStatus("take a higher authority's decision", SUBMITTED_UPWARD);
        DecisionBasis basis = new DecisionBasis(c.upwardBasis.opinionEventId(), c.upwardBasis.overdueEventId(), null);
        String authorityName = higher.authorityName() != null ? higher.authorityName()
                : c.upwardSubmission.authorityName();
        return finalise(new Decision(higher.outcome(), DecidingAuthority.HIGHER_AUTHORITY, authorityName,
                higher.decisionNumber(), higher.effectiveDate(), null, contrary(basis, higher.outcome()), basis, now));
    }

    private DecisionFinalised finalise(Decision decision) {
        c.decision = decision;
        c.status = DECIDED;
        return new DecisionFinalised(c.nextStamp(), decision);
    }

    /** The consultation's answer a decision may rest on, without the meeting yet; refuses when there is none. */
    private DecisionBasis consultationBasis() {
        int version = c.proposalVersion;
        return switch (c.status) {
            case OPINION_RECEIVED -> new DecisionBasis(
                    c.consultation.decisiveOpinionOn(version).orElseThrow().eventId(), null, null);
            case DEEMED_CONSENT -> new DecisionBasis(null, recorded(c.consultation.deadline().overdueEventId(),
                    "overdue finding"), null);
            case READY_FOR_DECISION -> new DecisionBasis(null, null, null);
            case DRAFT -> throw c.rules().consultation().required()
                    ? new OpinionMissing(c.id, version, "was never requested")
                    : c.conflict("be decided before it is submitted");
            case AWAITING_OPINION -> throw new OpinionMissing(c.id, version, "has not arrived");
            case INFORMATION_REQUESTED -> throw new OpinionMissing(c.id, version, "asks for more information first");
            default -> throw c.conflict("be voted on, decided or submitted upward");
        };
    }

    private DecisionBasis decisionBasis() {
        DecisionBasis consulted = consultationBasis();
        DecisionMeeting meeting = currentMeeting().orElseThrow(() -> new RuleViolation.StateConflict(
                DECISION_MEETING_FIRST, "Case " + c.id + " needs the board's meeting on proposal version "
                        + c.proposalVersion + " first."));
        return new DecisionBasis(consulted.opinionEventId(), consulted.overdueEventId(),
                recorded(meeting.eventId(), "decision meeting"));
    }

    private Optional<DecisionMeeting> currentMeeting() {
        return Optional.ofNullable(c.decisionMeeting).filter(meeting -> meeting.proposalVersion() == c.proposalVersion);
    }

    private void requireUndecided() {
        if (c.status == DECIDED) {
            throw new RuleViolation.StateConflict(DECIDE_ONCE, "Case " + c.id + " is already decided.");
        }
    }

    private void requireAuthority(DecidingAuthority needed, String instead) {
        DecidingAuthority authority = c.decidingAuthority().orElseThrow(() -> new RuleViolation.InvalidFields(
                ProposalRules.RULE, List.of(new FieldProblem("targetPosition", "required",
                        "no position says which tier, hence who, decides; amend the proposal"))));
        if (authority != needed) {
            throw new RuleViolation.Unjustified(DECIDING_AUTHORITY, "Case " + c.id + " concerns a "
                    + c.proposal.decidingTier().orElseThrow() + " position, which " + c.regulation + " has "
                    + authority + " decide for " + c.proposal.kind() + ": it is to be " + instead + ".");
        }
    }

    private void requireFollowsMeeting(DecisionOutcome outcome) {
        MeetingVote vote = currentMeeting().orElseThrow().vote();
        if (!c.decisionMeeting.supports(outcome)) {
            throw new RuleViolation.Unjustified(DECISION_FOLLOWS_MEETING, outcome + " on case " + c.id
                    + " does not follow the board's meeting: " + vote.inFavour() + " of " + vote.membersTotal()
                    + " members in favour, and more than half of all members are needed to approve.");
        }
    }

    private boolean contrary(DecisionBasis basis, DecisionOutcome outcome) {
        return opinionOf(basis).map(opinion -> !opinion.outcome().supports(outcome)).orElse(false);
    }

    private Optional<ReceivedOpinion> opinionOf(DecisionBasis basis) {
        return Optional.ofNullable(basis.opinionEventId()).flatMap(c.consultation::opinion);
    }

    /** Event ids come back from the outbox; a missing one is a bug of the application layer, not a refusal. */
    private static UUID recorded(UUID eventId, String what) {
        if (eventId == null) {
            throw new IllegalStateException("the event id of the " + what + " was never recorded on the case");
        }
        return eventId;
    }

}
