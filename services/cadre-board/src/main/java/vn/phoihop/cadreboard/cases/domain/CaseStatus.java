package vn.phoihop.cadreboard.cases.domain;

/** Where a case stands; the transitions are the state diagram of docs/protocol.md. */
public enum CaseStatus {
    /** Being prepared by the secretariat; nothing has left the cadre board. */
    DRAFT,
    /** Consultation requested for the current proposal version; the executive board has not answered it. */
    AWAITING_OPINION,
    /** The executive board asked for more information; its deadline waits for the answers. */
    INFORMATION_REQUESTED,
    /** The opinion on the current proposal version has arrived. */
    OPINION_RECEIVED,
    /** The deadline passed in silence and the regulation counts silence as consent. */
    DEEMED_CONSENT,
    /** The executive board cannot run the consultation (e.g. it does not know the case's regulation). */
    CONSULTATION_REFUSED,
    /** The regulation requires no consultation for the action kind: the board may meet and decide. */
    READY_FOR_DECISION,
    /** A higher authority decides the tier; the board has submitted the case to it. */
    SUBMITTED_UPWARD,
    DECIDED,
    WITHDRAWN;

    /** Nothing more happens to a decided or withdrawn case. */
    public boolean isFinal() {
        return this == DECIDED || this == WITHDRAWN;
    }

    /** The executive board is working on the current version, so an amendment must ask it again. */
    boolean consulting() {
        return this == AWAITING_OPINION || this == INFORMATION_REQUESTED || this == OPINION_RECEIVED
                || this == DEEMED_CONSENT;
    }
}
