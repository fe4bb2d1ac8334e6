package vn.phoihop.cadreboard.cases.domain;

/** What an arriving opinion did to the case. Every received opinion is kept in the case's history. */
public enum OpinionReceipt {
    /** The opinion answers the current proposal version (a request for information included). */
    COUNTED,
    /** The opinion is on a superseded proposal version: history, no effect. */
    STALE,
    /** The case was already decided, submitted upward or withdrawn when the opinion arrived: history, no effect. */
    AFTER_CLOSE
}
