package vn.phoihop.executiveboard.consultations.domain;

public enum ConsultationStatus {
    /** Received from the cadre board; the Standing Committee has not concluded. */
    PENDING,
    /** The opinion on the current proposal version has been issued. */
    OPINION_ISSUED
}
