package vn.phoihop.cadreboard.cases.domain;

public enum OpinionReceipt {
    /** The opinion is on the current proposal version: the case may now be decided. */
    COUNTED,
    /** The opinion is on a superseded proposal version and does not count. */
    STALE
}
