package vn.phoihop.audit.pointintime;

/**
 * The cadre board's status of a case (its {@code CaseStatus}, docs/protocol.md), as its events and the executive
 * board's events it could read show it:
 * <ul>
 * <li>ConsultationRequested, InformationSupplied: {@link #AWAITING_OPINION};</li>
 * <li>ConsultationOverdue: {@link #DEEMED_CONSENT} when it says so, otherwise still awaiting;</li>
 * <li>OpinionIssued of the executive board on the version the case waits on, while it awaits an opinion or stands on
 * deemed consent: {@link #INFORMATION_REQUESTED} for a request for information, otherwise
 * {@link #OPINION_RECEIVED}; an opinion on an older version, or after the case ended, changes nothing;</li>
 * <li>ConsultationRefused on that version in the same statuses: {@link #CONSULTATION_REFUSED};</li>
 * <li>DecisionMeetingRecorded before any request: {@link #READY_FOR_DECISION}, the kind needs no consultation;</li>
 * <li>SubmittedUpward, DecisionFinalised, CaseWithdrawn: {@link #SUBMITTED_UPWARD}, {@link #DECIDED},
 * {@link #WITHDRAWN}.</li>
 * </ul>
 * The board publishes nothing when it takes in the executive board's answer, so those statuses are what it would
 * have done with everything it could read by then; which answers it demonstrably had is in
 * {@link BoardAsOf#received()}.
 */
public enum CadreBoardStatus {
    /** No event of the case yet: a draft, or a case not yet opened; nothing had left the board. */
    DRAFT,
    AWAITING_OPINION,
    INFORMATION_REQUESTED,
    OPINION_RECEIVED,
    DEEMED_CONSENT,
    CONSULTATION_REFUSED,
    READY_FOR_DECISION,
    SUBMITTED_UPWARD,
    DECIDED,
    WITHDRAWN
}
