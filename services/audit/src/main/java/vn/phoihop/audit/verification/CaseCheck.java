package vn.phoihop.audit.verification;

/** One rule, or a few sharing their reading of the history, checked on a case. */
interface CaseCheck {

    void check(CaseFacts facts, Findings findings);
}
