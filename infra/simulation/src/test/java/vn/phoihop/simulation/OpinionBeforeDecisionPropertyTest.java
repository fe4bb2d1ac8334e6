package vn.phoihop.simulation;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Invariant 1 over both boards and a faulty network; see {@link OpinionBeforeDecision}. */
class OpinionBeforeDecisionPropertyTest {

    @Test
    void noDecisionNorUpwardSubmissionWithoutTheOpinionOnTheSameVersion() {
        RandomRuns.check(20261122L, new OpinionBeforeDecision(), Map.of(
                Reached.CADRE_BOARD_DECISION, 10.0,
                Reached.UPWARD_SUBMISSION, 5.0,
                Reached.HIGHER_AUTHORITY_DECISION, 4.0,
                Reached.DECISION_ON_DEEMED_CONSENT, 8.0,
                Reached.CONTRARY_DECISION, 1.0,
                Reached.AMENDMENT, 30.0,
                Reached.INFORMATION_REQUESTED, 10.0));
    }

}
