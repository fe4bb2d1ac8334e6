package vn.phoihop.audit.pointintime;

/**
 * The executive board's status of its consultation on a case (its {@code ConsultationStatus}, docs/protocol.md), as
 * its events and the cadre board's events it could read show it:
 * <ul>
 * <li>ConsultationReceived on a newer version: {@link #PENDING} (a second one on the same version only routes it
 * to a member); ConsultationRefused: {@link #REFUSED};</li>
 * <li>OpinionIssued: {@link #INFORMATION_REQUESTED} for a request for information, otherwise
 * {@link #OPINION_ISSUED};</li>
 * <li>the cadre board's InformationSupplied on the version whose information was requested: {@link #PENDING};</li>
 * <li>the cadre board's CaseWithdrawn: {@link #WITHDRAWN}; its DecisionFinalised or SubmittedUpward:
 * {@link #CLOSED}.</li>
 * </ul>
 * The board publishes nothing when it takes in the cadre board's information, withdrawal, decision or submission,
 * so those statuses are what it would have done with everything it could read by then.
 */
public enum ExecutiveBoardStatus {
    /** Nothing of the case had been received: the audit's name for the board having no consultation yet. */
    NOT_RECEIVED,
    PENDING,
    INFORMATION_REQUESTED,
    OPINION_ISSUED,
    WITHDRAWN,
    CLOSED,
    REFUSED
}
