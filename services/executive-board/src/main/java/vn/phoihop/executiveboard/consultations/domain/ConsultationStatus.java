package vn.phoihop.executiveboard.consultations.domain;

/** Where a consultation stands at the executive board (docs/protocol.md, executive board diagram). */
public enum ConsultationStatus {
    /** Received; the Standing Committee has not concluded on the current proposal version. */
    PENDING,
    /** The Standing Committee asked the cadre board for information; the deadline waits for the answers. */
    INFORMATION_REQUESTED,
    /** The opinion on the current proposal version has been issued. */
    OPINION_ISSUED,
    /** The cadre board withdrew the case. */
    WITHDRAWN,
    /** The cadre board decided the case or submitted it upward. */
    CLOSED,
    /** The board cannot run the consultation, e.g. under a regulation version it does not know. */
    REFUSED;

    /** Nothing more happens on an ended consultation. */
    boolean ended() {
        return this == WITHDRAWN || this == CLOSED || this == REFUSED;
    }

}
