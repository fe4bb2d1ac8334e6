package vn.phoihop.executiveboard.consultations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.phoihop.executiveboard.committee.domain.Roster;
import vn.phoihop.regulation.ActionRules;
import vn.phoihop.regulation.Regulations;

/**
 * One case on which the cadre board consults the executive board. It runs under the regulation its request
 * names, is reviewed by the member who follows the case's unit, and gets its opinion only from a meeting that
 * meets the regulation's rules, on the proposal version the cadre board is waiting for.
 */
public final class Consultation {

    private RequestedConsultation request;
    private ConsultationStatus status;
    private String assignedMemberId;
    private MemberReview review;
    private IssuedOpinion opinion;
    private List<InformationExchange> information;
    private boolean overdueFlagged;
    private boolean deemedConsent;
    private Closure closure;
    private Refusal refusal;
    private long lastSequence;

    private Consultation(ConsultationState state) {
        request = state.request();
        status = state.status();
        assignedMemberId = state.assignedMemberId();
        review = state.review();
        opinion = state.opinion();
        information = state.information();
        overdueFlagged = state.overdueFlagged();
        deemedConsent = state.deemedConsent();
        closure = state.closure();
        refusal = state.refusal();
        lastSequence = state.lastSequence();
    }

    /** Rebuilds a stored consultation; no rule runs because the stored state was reached through the rules. */
    public static Consultation restore(ConsultationState state) {
        return new Consultation(state);
    }

    /** The first request on a case: received and routed, or refused when the board cannot run it. */
    public static Opened open(RequestedConsultation request, Regulations regulations, Roster roster) {
        Consultation consultation = new Consultation(new ConsultationState(request, ConsultationStatus.PENDING, null,
                null, null, List.of(), false, false, null, null, 0));
        return new Opened(consultation, consultation.take(request, regulations, roster));
    }

    /** A later request carries an amended proposal: review and meeting start again on it. */
    public ConsultationEvent requestAgain(RequestedConsultation newer, Regulations regulations, Roster roster) {
        if (status == ConsultationStatus.WITHDRAWN || status == ConsultationStatus.CLOSED) {
            throw ended("take a new request");
        }
        if (newer.proposalVersion() <= request.proposalVersion()) {
            throw new ConsultationConflict("consultation-per-version", "Case " + caseId()
                    + " is already consulted on proposal version " + request.proposalVersion()
                    + "; a request on version " + newer.proposalVersion() + " is out of order.");
        }
        return take(newer, regulations, roster);
    }

    private ConsultationEvent take(RequestedConsultation newer, Regulations regulations, Roster roster) {
        request = newer;
        review = null;
        opinion = null;
        information = List.of();
        overdueFlagged = false;
        deemedConsent = false;
        refusal = RegulationCheck.refusal(newer, regulations).orElse(null);
        if (refusal != null) {
            status = ConsultationStatus.REFUSED;
            assignedMemberId = null;
            return new ConsultationRefused(caseId(), ++lastSequence, regulationVersion(), newer.proposalVersion(),
                    refusal, newer.requestEventId());
        }
        status = ConsultationStatus.PENDING;
        assignedMemberId = roster.memberFollowing(newer.unitCode()).orElse(null);
        return received();
    }

    /** A unit that nobody followed has a member now: a consultation of it that waits for one gets the member. */
    public Optional<ConsultationReceived> routeTo(String unitCode, String memberId) {
        boolean waiting = status == ConsultationStatus.PENDING || status == ConsultationStatus.INFORMATION_REQUESTED;
        if (!waiting || assignedMemberId != null || !unitCode.equals(request.unitCode())) {
            return Optional.empty();
        }
        assignedMemberId = memberId;
        return Optional.of(received());
    }

    private ConsultationReceived received() {
        return new ConsultationReceived(caseId(), ++lastSequence, regulationVersion(), request.proposalVersion(),
                assignedMemberId, request.unitCode(), request.dueDate(), request.requestEventId());
    }

    /**
     * The review of the member who follows the case's unit; {@code reviewer} is the member the signed-in user acts
     * as. Until the meeting the member may revise it, for instance after the cadre board answered questions.
     */
    public MemberReviewRecorded recordReview(Optional<String> reviewer, OpinionOutcome recommendation, String note,
            LocalDate reviewedOn) {
        requireNotEnded("take a review");
        if (status != ConsultationStatus.PENDING) {
            throw new ConsultationConflict("review-while-pending", "The consultation on case " + caseId() + " is "
                    + status + "; the assigned member reviews only while it waits for the Standing Committee.");
        }
        ReviewPolicy.requireAssignedMember(request, assignedMemberId, reviewer);
        review = new MemberReview(request.proposalVersion(), assignedMemberId, recommendation, note, reviewedOn, null);
        return new MemberReviewRecorded(caseId(), ++lastSequence, regulationVersion(), review);
    }

    /** The event id the review was published under, for the opinion to name it. */
    public void reviewPublishedAs(UUID eventId) {
        review = review.publishedAs(eventId);
    }

    /** The Standing Committee's conclusion; a refused one changes nothing. */
    public OpinionIssued issueOpinion(OpinionDraft draft, Roster roster, Regulations regulations, Instant now) {
        requireNotEnded("take an opinion");
        int version = draft.proposalVersion() != null ? draft.proposalVersion() : request.proposalVersion();
        if (version != request.proposalVersion()) {
            throw new ConsultationConflict("opinion-on-current-version", "The cadre board waits for an opinion on "
                    + "proposal version " + request.proposalVersion() + " of case " + caseId() + ", not " + version
                    + ".");
        }
        requireNoOpinionYet();
        checkOpinion(draft, roster, regulations).require();
        Meeting meeting = Meeting.recorded(draft.minutes(), roster.activeMembers());
        opinion = new IssuedOpinion(version, draft.outcome(), draft.conditions(), draft.questions(), meeting, now,
                review == null ? null : review.eventId(), meeting.date().isAfter(request.dueDate()));
        status = draft.outcome() == OpinionOutcome.REQUEST_INFORMATION ? ConsultationStatus.INFORMATION_REQUESTED
                : ConsultationStatus.OPINION_ISSUED;
        return new OpinionIssued(caseId(), ++lastSequence, regulationVersion(), opinion);
    }

    /**
     * What the regulation's rules say of the draft on this case, all of them, without issuing anything: the
     * secretary sees quorum and adoption while entering the meeting. The state checks (an ended consultation, a
     * stale version, an opinion already issued) are left to {@link #issueOpinion}.
     */
    public OpinionCheck checkOpinion(OpinionDraft draft, Roster roster, Regulations regulations) {
        ActionRules rules = regulations.require(request.regulation()).rulesFor(request.proposal().kind());
        List<OpinionCheck.Problem> problems = new ArrayList<>();
        OpinionCheck.found(problems, draft::requireStatedDetails);
        OpinionCheck.found(problems, () -> ReviewPolicy.requireReviewBeforeMeeting(request, rules.consultation(),
                assignedMemberId, review));
        return MeetingPolicy.check(draft.minutes(), draft.outcome(), request.proposal().subject(), roster,
                rules.meeting(), problems);
    }

    private void requireNoOpinionYet() {
        if (status == ConsultationStatus.OPINION_ISSUED) {
            throw new ConsultationConflict("opinion-once-per-version", "The opinion on case " + caseId()
                    + " proposal version " + request.proposalVersion() + " was issued on "
                    + opinion.meeting().date() + ".");
        }
        if (status == ConsultationStatus.INFORMATION_REQUESTED) {
            throw new ConsultationConflict("opinion-once-per-version", "The Standing Committee asked for "
                    + "information on case " + caseId() + " proposal version " + request.proposalVersion() + " on "
                    + opinion.meeting().date() + "; its next opinion on this version waits for the answers.");
        }
    }

    /** The cadre board answered the questions: the consultation waits for the Standing Committee again. */
    public void supplyInformation(SuppliedInformation supplied) {
        requireNotEnded("take information");
        if (status != ConsultationStatus.INFORMATION_REQUESTED
                || supplied.proposalVersion() != request.proposalVersion()) {
            throw new ConsultationConflict("information-requested", "The consultation on case " + caseId()
                    + " is " + status + " on proposal version " + request.proposalVersion()
                    + "; it asked for no information on version " + supplied.proposalVersion() + ".");
        }
        List<InformationExchange> exchanges = new ArrayList<>(information);
        exchanges.add(new InformationExchange(supplied.proposalVersion(), opinion.meeting().date(),
                opinion.questions(), supplied.answers(), supplied.dossier(), supplied.suppliedOn()));
        information = List.copyOf(exchanges);
        opinion = null;
        request = request.withDueDate(supplied.responseDueDate());
        overdueFlagged = false;
        deemedConsent = false;
        status = ConsultationStatus.PENDING;
    }

    public void withdraw(Closure withdrawal) {
        if (status == ConsultationStatus.WITHDRAWN || status == ConsultationStatus.CLOSED) {
            throw ended("be withdrawn");
        }
        closure = withdrawal;
        status = ConsultationStatus.WITHDRAWN;
    }

    /**
     * The cadre board decided the case or submitted it upward. A decision is the cadre board's fact to record,
     * not this board's to judge; only a higher authority's decision may follow an upward submission. A refused
     * consultation may still be closed: the cadre board may have taken silence as consent before the refusal
     * reached it.
     */
    public void close(Closure ending) {
        boolean higherDecision = status == ConsultationStatus.CLOSED && closure.by() == ClosedBy.UPWARD_SUBMISSION
                && ending.by() == ClosedBy.DECISION;
        if (status.ended() && !higherDecision && status != ConsultationStatus.REFUSED) {
            throw ended("be closed again");
        }
        closure = ending;
        status = ConsultationStatus.CLOSED;
    }

    /**
     * The cadre board found the opinion overdue; a late opinion is still possible. Stale notices change nothing; a
     * notice on a version this board has not received yet is refused, so that it is not lost but re-driven once
     * the request has arrived.
     */
    public void flagOverdue(int proposalVersion, boolean silenceIsConsent) {
        if (proposalVersion > request.proposalVersion()) {
            throw new ConsultationConflict("consultation-per-version", "Case " + caseId() + " is consulted on "
                    + "proposal version " + request.proposalVersion() + "; an overdue notice on version "
                    + proposalVersion + " came before its request.");
        }
        if (status == ConsultationStatus.PENDING && proposalVersion == request.proposalVersion()) {
            overdueFlagged = true;
            deemedConsent = silenceIsConsent;
        }
    }

    /** Still waiting for the Standing Committee after the due date, by this board's clock or the cadre board's. */
    public boolean overdueOn(LocalDate today) {
        return status == ConsultationStatus.PENDING && (overdueFlagged || request.dueDate().isBefore(today));
    }

    private void requireNotEnded(String action) {
        if (status.ended()) {
            throw ended(action);
        }
    }

    private ConsultationConflict ended(String action) {
        return new ConsultationConflict("consultation-open", "The consultation on case " + caseId() + " is "
                + status + "; it cannot " + action + ".");
    }

    private UUID caseId() {
        return request.caseId();
    }

    private String regulationVersion() {
        return request.regulation().version();
    }

    public RequestedConsultation request() {
        return request;
    }

    public ConsultationStatus status() {
        return status;
    }

    public ConsultationState state() {
        return new ConsultationState(request, status, assignedMemberId, review, opinion, information, overdueFlagged,
                deemedConsent, closure, refusal, lastSequence);
    }

}
