package vn.phoihop.executiveboard.consultations.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One case on which the cadre board consults the executive board. The opinion is issued only from a meeting that
 * meets the regulation's rules, and only on the proposal version the cadre board is waiting for.
 */
public final class Consultation {

    private RequestedConsultation request;
    private ConsultationStatus status;
    private long lastSequence;
    private IssuedOpinion opinion;

    private Consultation(RequestedConsultation request, ConsultationStatus status, long lastSequence,
            IssuedOpinion opinion) {
        this.request = Objects.requireNonNull(request);
        this.status = Objects.requireNonNull(status);
        this.lastSequence = lastSequence;
        this.opinion = opinion;
    }

    public static Consultation receive(RequestedConsultation request) {
        return new Consultation(request, ConsultationStatus.PENDING, 0, null);
    }

    public static Consultation restore(RequestedConsultation request, ConsultationStatus status, long lastSequence,
            IssuedOpinion opinion) {
        return new Consultation(request, status, lastSequence, opinion);
    }

    /**
     * A later request on the same case carries an amended proposal: consultation restarts on it. A request on
     * the same or an older version is out of protocol.
     */
    public void receiveAgain(RequestedConsultation newer) {
        if (newer.proposalVersion() <= request.proposalVersion()) {
            throw new ConsultationConflict("consultation-per-version", "Case " + request.caseId()
                    + " is already consulted on proposal version " + request.proposalVersion()
                    + "; a request on version " + newer.proposalVersion() + " is out of order.");
        }
        request = newer;
        status = ConsultationStatus.PENDING;
        opinion = null;
    }

    public OpinionIssued issueOpinion(OpinionDraft draft, Instant now) {
        if (status != ConsultationStatus.PENDING) {
            throw new ConsultationConflict("opinion-once-per-version", "The opinion on case " + request.caseId()
                    + " proposal version " + request.proposalVersion() + " has already been issued.");
        }
        if (draft.proposalVersion() != request.proposalVersion()) {
            throw new ConsultationConflict("opinion-on-current-version", "The cadre board waits for an opinion on "
                    + "proposal version " + request.proposalVersion() + ", not " + draft.proposalVersion() + ".");
        }
        requireOutcomeDetails(draft);
        MeetingRules.check(draft.meeting(), draft.outcome());
        opinion = new IssuedOpinion(draft.proposalVersion(), draft.outcome(), draft.conditions(), draft.questions(),
                draft.meeting(), now);
        status = ConsultationStatus.OPINION_ISSUED;
        return new OpinionIssued(request.caseId(), ++lastSequence, request.regulationVersion(), opinion);
    }

    private static void requireOutcomeDetails(OpinionDraft draft) {
        if (draft.outcome() == OpinionOutcome.AGREE_WITH_CONDITIONS
                && (draft.conditions() == null || draft.conditions().isBlank())) {
            throw new OpinionRefused("conditions-stated", "An agreement with conditions must state the conditions.");
        }
        if (draft.outcome() == OpinionOutcome.REQUEST_INFORMATION && draft.questions().isEmpty()) {
            throw new OpinionRefused("questions-stated", "A request for information must ask at least one question.");
        }
    }

    public RequestedConsultation request() {
        return request;
    }

    public ConsultationStatus status() {
        return status;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public Optional<IssuedOpinion> opinion() {
        return Optional.ofNullable(opinion);
    }

}
