package vn.phoihop.cadreboard.cases.domain;

import static vn.phoihop.cadreboard.cases.domain.CaseStatus.AWAITING_OPINION;
import static vn.phoihop.cadreboard.cases.domain.CaseStatus.CONSULTATION_REFUSED;
import static vn.phoihop.cadreboard.cases.domain.CaseStatus.DEEMED_CONSENT;
import static vn.phoihop.cadreboard.cases.domain.CaseStatus.DRAFT;
import static vn.phoihop.cadreboard.cases.domain.CaseStatus.INFORMATION_REQUESTED;
import static vn.phoihop.cadreboard.cases.domain.CaseStatus.READY_FOR_DECISION;
import static vn.phoihop.cadreboard.cases.domain.CaseStatus.SUBMITTED_UPWARD;
import static vn.phoihop.cadreboard.cases.domain.CaseStatus.WITHDRAWN;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.phoihop.regulation.ActionRules;
import vn.phoihop.regulation.ConsultationRules;
import vn.phoihop.regulation.DecidingAuthority;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.SilenceRule;

/**
 * A personnel action the cadre board runs, from draft to decision, under the regulation it was opened with. It
 * enforces the heart of the coordination regulation: the board decides (or submits upward) only on the Standing
 * Committee's opinion about the very proposal version at hand, or on silence the regulation counts as consent.
 * The transitions are the state diagram of docs/protocol.md. Deciding is {@link CaseDecisions}, taking in the
 * executive board's answers {@link CaseAnswers}; this class holds the state and the secretariat's consultation steps.
 */
public final class PersonnelCase {

    static final String CASE_STATUS = "case-status";

    // package-private so that CaseDecisions and CaseAnswers, parts of this aggregate, change the same state
    final CaseId id;
    final Regulation regulation;
    Proposal proposal;
    int proposalVersion;
    CaseStatus status;
    long lastSequence;
    ConsultationRecord consultation;
    DecisionMeeting decisionMeeting;
    UpwardSubmission upwardSubmission;
    DecisionBasis upwardBasis;
    Decision decision;
    Withdrawal withdrawal;

    private PersonnelCase(CaseId id, Regulation regulation, CaseState state) {
        this.id = Objects.requireNonNull(id, "id");
        this.regulation = Objects.requireNonNull(regulation, "regulation");
        this.proposal = state.proposal();
        this.proposalVersion = state.proposalVersion();
        this.status = state.status();
        this.lastSequence = state.lastSequence();
        this.consultation = state.consultation();
        this.decisionMeeting = state.decisionMeeting();
        this.upwardSubmission = state.upwardSubmission();
        this.upwardBasis = state.upwardBasis();
        this.decision = state.decision();
        this.withdrawal = state.withdrawal();
    }

    public static PersonnelCase open(CaseId id, Proposal proposal, Regulation regulation) {
        ProposalRules.require(proposal);
        return new PersonnelCase(id, regulation, CaseState.draft(proposal));
    }

    public static PersonnelCase restore(CaseId id, Regulation regulation, CaseState state) {
        return new PersonnelCase(id, regulation, state);
    }

    public CaseState state() {
        return new CaseState(proposal, proposalVersion, status, lastSequence, consultation, decisionMeeting,
                upwardSubmission, upwardBasis, decision, withdrawal);
    }

    /** Asks the executive board for its opinion, or readies the case when the regulation asks for none. */
    public Optional<ConsultationRequested> submit(LocalDate requestDate, LocalDate today) {
        requireStatus("be submitted", DRAFT);
        CommandDates.requireNotInFuture("requestDate", requestDate, today);
        if (!rules().consultation().required()) {
            status = READY_FOR_DECISION;
            return Optional.empty();
        }
        return Optional.of(requestConsultation(requestDate, null));
    }

    /**
     * Replaces the proposal. Once the executive board has it, the version goes up and it is asked again, so no
     * earlier opinion (or meeting) counts for the new version; its deadline counts from the amended request's date.
     */
    public Optional<ConsultationRequested> amend(Proposal amended, String reason, LocalDate requestDate,
            LocalDate today) {
        if (!amendable()) {
            throw conflict("be amended");
        }
        ProposalRules.requireAmendment(proposal.kind(), amended);
        Require.text(reason, "reason");
        CommandDates.requireNotInFuture("requestDate", requestDate, today);
        proposal = amended;
        if (status == DRAFT) {
            return Optional.empty();
        }
        proposalVersion++;
        return status.consulting() ? Optional.of(requestConsultation(requestDate, reason)) : Optional.empty();
    }

    /** Answers a request for information; the executive board's deadline starts again. */
    public InformationSupplied supplyInformation(List<String> answers, List<DossierDocument> dossier,
            LocalDate suppliedOn, LocalDate today) {
        requireStatus("supply information", INFORMATION_REQUESTED);
        CommandDates.requireNotInFuture("suppliedOn", suppliedOn, today);
        if (answers == null || answers.isEmpty()) {
            throw new IllegalArgumentException("information needs at least one answer");
        }
        SuppliedInformation supplied = new SuppliedInformation(proposalVersion, answers, dossier, suppliedOn,
                regulation.responseDueDate(proposal.kind(), suppliedOn));
        consultation = consultation.withInformation(supplied);
        status = AWAITING_OPINION;
        return new InformationSupplied(nextStamp(), supplied);
    }

    /** Withdraws the case; the executive board is told only if something had reached it. */
    public Optional<CaseWithdrawn> withdraw(String reason, Instant now) {
        if (!withdrawable()) {
            throw conflict("be withdrawn");
        }
        boolean published = lastSequence > 0;
        withdrawal = new Withdrawal(reason, now);
        status = WITHDRAWN;
        return published ? Optional.of(new CaseWithdrawn(nextStamp(), withdrawal)) : Optional.empty();
    }

    /**
     * Finds the consultation overdue once a working day after its due date has passed in silence. With silence
     * meaning consent the case may now be decided; otherwise it keeps waiting, flagged.
     */
    public Optional<ConsultationOverdue> markOverdue(LocalDate today) {
        Deadline deadline = consultation.deadline();
        if (status != AWAITING_OPINION || deadline.overdue() || !deadline.passedOn(today, regulation.calendar())) {
            return Optional.empty();
        }
        SilenceRule silence = rules().consultation().silence();
        boolean deemedConsent = silence == SilenceRule.CONSENT;
        consultation = consultation.withDeadline(deadline.markedOverdue());
        if (deemedConsent) {
            status = DEEMED_CONSENT;
        }
        return Optional.of(new ConsultationOverdue(nextStamp(), deadline.dueDate(), today, silence, deemedConsent));
    }

    /**
     * The steps the case's state allows the secretariat now, by the same conditions the steps check. A step
     * allowed here may still be refused for what it carries (a date ahead of today, counts that do not add up, a
     * contrary decision without justification).
     */
    public Set<SecretariatStep> steps() {
        Set<SecretariatStep> steps = EnumSet.noneOf(SecretariatStep.class);
        if (status == DRAFT) {
            steps.add(SecretariatStep.SUBMIT);
        }
        if (amendable()) {
            steps.add(SecretariatStep.AMEND);
        }
        if (status == INFORMATION_REQUESTED) {
            steps.add(SecretariatStep.SUPPLY_INFORMATION);
        }
        if (withdrawable()) {
            steps.add(SecretariatStep.WITHDRAW);
        }
        steps.addAll(decisions().steps());
        return steps;
    }

    /** Records the board's meeting on the current version; only a case that may be decided is voted on. */
    public DecisionMeetingRecorded recordDecisionMeeting(MeetingVote vote, LocalDate today) {
        return decisions().recordMeeting(vote, today);
    }

    public DecisionFinalised decide(FinaliseDecision command, Instant now) {
        return decisions().decide(command, now);
    }

    public SubmittedUpward submitUpward(UpwardSubmission submission, LocalDate today) {
        return decisions().submitUpward(submission, today);
    }

    public DecisionFinalised recordHigherDecision(HigherDecision higher, Instant now) {
        return decisions().recordHigherDecision(higher, now);
    }

    /**
     * Takes in what the executive board said about a version it was sent: an opinion, a refusal, its receipt of
     * the request or its member's review ({@link CaseAnswers}).
     */
    public void answer(ExecutiveBoardAnswer answer, String regulationVersion) {
        answers().take(answer, regulationVersion);
    }

    /** {@link #answer} for an opinion, saying what it did to the case. */
    public OpinionReceipt receive(ReceivedOpinion opinion, String regulationVersion) {
        return answers().receive(opinion, regulationVersion);
    }

    /**
     * Keeps the id the outbox gave a published event that later events refer to: the board's meeting and the
     * overdue finding a deemed consent rests on.
     */
    public void published(CaseEvent event, UUID eventId) {
        if (!event.caseId().equals(id) || event.sequence() != lastSequence) {
            throw new IllegalArgumentException("event " + event.sequence() + " is not the latest of case " + id);
        }
        switch (event) {
            case DecisionMeetingRecorded recorded -> decisionMeeting = decisionMeeting.withEventId(eventId);
            case ConsultationOverdue overdue -> consultation = consultation
                .withDeadline(consultation.deadline().withOverdueEvent(eventId));
            default -> {
                // no later event of the case refers to the others
            }
        }
    }

    public CaseId id() {
        return id;
    }

    public Regulation regulation() {
        return regulation;
    }

    public Proposal proposal() {
        return proposal;
    }

    public int proposalVersion() {
        return proposalVersion;
    }

    public CaseStatus status() {
        return status;
    }

    /**
     * Who decides this case under its regulation: the tier of the position the action concerns. Empty only for a
     * case stored before proposals had to name their positions, until it is amended.
     */
    public Optional<DecidingAuthority> decidingAuthority() {
        return proposal.decidingTier().map(tier -> rules().authorityFor(tier));
    }

    ActionRules rules() {
        return regulation.rulesFor(proposal.kind());
    }

    Stamp nextStamp() {
        return new Stamp(id, ++lastSequence, proposalVersion, regulation.key());
    }

    void requireStatus(String action, CaseStatus expected) {
        if (status != expected) {
            throw conflict(action);
        }
    }

    RuleViolation.StateConflict conflict(String action) {
        return new RuleViolation.StateConflict(CASE_STATUS, "Case " + id + " is " + status + " and cannot " + action
                + ".");
    }

    private boolean amendable() {
        return withdrawable() && status != CONSULTATION_REFUSED;
    }

    private boolean withdrawable() {
        return !status.isFinal() && status != SUBMITTED_UPWARD;
    }

    private CaseDecisions decisions() {
        return new CaseDecisions(this);
    }

    private CaseAnswers answers() {
        return new CaseAnswers(this);
    }

    private ConsultationRequested requestConsultation(LocalDate requestDate, String amendment) {
        ConsultationRules rules = rules().consultation();
        Deadline deadline = Deadline.starting(requestDate, regulation.responseDueDate(proposal.kind(), requestDate));
        consultation = consultation.withDeadline(deadline);
        status = AWAITING_OPINION;
        return new ConsultationRequested(nextStamp(), proposal, rules.steps(), rules.silence(), requestDate,
                deadline.dueDate(), amendment);
    }

}
