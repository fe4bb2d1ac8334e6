package vn.phoihop.cadreboard.cases.domain;

public enum CaseStatus {
    /** Being prepared by the secretariat; nothing has left the cadre board. */
    DRAFT,
    /** Consultation requested for the current proposal version; the executive board has not answered it. */
    AWAITING_OPINION,
    /** The opinion for the current proposal version has arrived. */
    OPINION_RECEIVED,
    DECIDED
}
