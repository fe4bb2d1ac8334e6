package vn.phoihop.regulation;

/** What the executive board's silence after the due date means. */
public enum SilenceRule {
    /** Nothing: the cadre board keeps waiting for the opinion. */
    NOTHING,
    /** Consent: the cadre board may decide as if the executive board had agreed. */
    CONSENT
}
