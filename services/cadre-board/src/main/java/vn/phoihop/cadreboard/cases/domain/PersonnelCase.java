package vn.phoihop.cadreboard.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A personnel action the cadre board runs, from draft to decision. It enforces the heart of the coordination
 * regulation: the board decides only on the Standing Committee's opinion about the very proposal version it
 * decides on.
 */
public final class PersonnelCase {

    private final CaseId id;
    private final Proposal proposal;
    private final int proposalVersion;
    private final RegulationRef regulation;
    private CaseStatus status;
    private long lastSequence;
    private ReceivedOpinion opinion;
    private Decision decision;

    private PersonnelCase(CaseId id, Proposal proposal, int proposalVersion, RegulationRef regulation,
            CaseStatus status, long lastSequence, ReceivedOpinion opinion, Decision decision) {
        this.id = Objects.requireNonNull(id);
        this.proposal = Objects.requireNonNull(proposal);
        this.proposalVersion = proposalVersion;
        this.regulation = Objects.requireNonNull(regulation);
        this.status = Objects.requireNonNull(status);
        this.lastSequence = lastSequence;
        this.opinion = opinion;
        this.decision = decision;
    }

    public static PersonnelCase open(CaseId id, Proposal proposal, RegulationRef regulation) {
        return new PersonnelCase(id, proposal, 1, regulation, CaseStatus.DRAFT, 0, null, null);
    }

    /** Rebuilds a stored case; no rule runs because the stored state was reached through the rules. */
    public static PersonnelCase restore(CaseId id, Proposal proposal, int proposalVersion, RegulationRef regulation,
            CaseStatus status, long lastSequence, ReceivedOpinion opinion, Decision decision) {
        return new PersonnelCase(id, proposal, proposalVersion, regulation, status, lastSequence, opinion, decision);
    }

    public ConsultationRequested submit(LocalDate today) {
        requireStatus(CaseStatus.DRAFT, "submit");
        status = CaseStatus.AWAITING_OPINION;
        return new ConsultationRequested(id, ++lastSequence, proposalVersion, proposal, regulation,
                WorkingDays.after(today, regulation.responseWorkingDays()));
    }

    /**
     * Takes in an opinion of the executive board. An opinion on an older proposal version is history, not a
     * reason to decide, so it changes nothing; anything else out of protocol is refused.
     */
    public OpinionReceipt receive(ReceivedOpinion received) {
        if (received.proposalVersion() < proposalVersion) {
            return OpinionReceipt.STALE;
        }
        if (received.proposalVersion() > proposalVersion) {
            throw new RuleViolation.StateConflict("opinion-for-known-version", "Case " + id
                    + " has proposal version " + proposalVersion + " but received an opinion on version "
                    + received.proposalVersion() + ".");
        }
        requireStatus(CaseStatus.AWAITING_OPINION, "receive an opinion");
        opinion = received;
        status = CaseStatus.OPINION_RECEIVED;
        return OpinionReceipt.COUNTED;
    }

    public DecisionFinalised decide(FinaliseDecision command, Instant now) {
        if (status == CaseStatus.DECIDED) {
            throw new RuleViolation.StateConflict("decide-once", "Case " + id + " is already decided.");
        }
        ReceivedOpinion current = currentOpinion().orElseThrow(() -> new OpinionMissing(id, proposalVersion,
                status == CaseStatus.DRAFT ? "was never requested" : "has not arrived"));
        if (!current.outcome().allowsDecision()) {
            throw new OpinionMissing(id, proposalVersion, "asks for more information first");
        }
        boolean contrary = !current.outcome().supports(command.outcome());
        if (contrary && !command.justified()) {
            throw new RuleViolation.Unjustified("contrary-decision-justified", "Deciding " + command.outcome()
                    + " against the opinion " + current.outcome() + " requires a written justification.");
        }
        decision = new Decision(command.outcome(), command.decisionNumber(), command.effectiveDate(),
                command.justification(), contrary, current.eventId(), now);
        status = CaseStatus.DECIDED;
        return new DecisionFinalised(id, ++lastSequence, proposalVersion, regulation, decision);
    }

    private Optional<ReceivedOpinion> currentOpinion() {
        return Optional.ofNullable(opinion).filter(o -> o.proposalVersion() == proposalVersion);
    }

    private void requireStatus(CaseStatus expected, String action) {
        if (status != expected) {
            throw new RuleViolation.StateConflict("case-status", "Case " + id + " is " + status + "; only a "
                    + expected + " case can " + action + ".");
        }
    }

    public CaseId id() {
        return id;
    }

    public Proposal proposal() {
        return proposal;
    }

    public int proposalVersion() {
        return proposalVersion;
    }

    public RegulationRef regulation() {
        return regulation;
    }

    public CaseStatus status() {
        return status;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public Optional<ReceivedOpinion> opinion() {
        return Optional.ofNullable(opinion);
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

}
