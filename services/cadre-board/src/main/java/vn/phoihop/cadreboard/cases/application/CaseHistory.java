package vn.phoihop.cadreboard.cases.application;

import java.time.Instant;
import java.util.List;

import vn.phoihop.cadreboard.cases.domain.CaseId;

/** Who did what to each case and when, kept in the transaction of the change, in the order the board saw it. */
public interface CaseHistory {

    /** A step of the cadre board, by the signed-in user, or by nobody when the board acts on its own. */
    void boardStep(CaseId caseId, Instant at, TimelineStep step, int proposalVersion, String detail);

    /** An answer of the executive board, at the time and by the user its event names. */
    void executiveBoardStep(CaseId caseId, TimelineEntry entry);

    /** Oldest first. */
    List<TimelineEntry> of(CaseId caseId);

}
