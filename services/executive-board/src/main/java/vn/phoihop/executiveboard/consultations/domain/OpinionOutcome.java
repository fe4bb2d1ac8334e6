package vn.phoihop.executiveboard.consultations.domain;

/** The Standing Committee's conclusion on a consultation. */
public enum OpinionOutcome {
    AGREE, AGREE_WITH_CONDITIONS, DISAGREE, REQUEST_INFORMATION
}
