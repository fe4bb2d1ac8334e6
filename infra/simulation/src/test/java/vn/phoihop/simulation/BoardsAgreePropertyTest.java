package vn.phoihop.simulation;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The boards agree whenever the network is drained; see {@link BoardsAgree}. */
class BoardsAgreePropertyTest {

    @Test
    void boardsAgreeOnEveryCaseWhenTheNetworkIsDrained() {
        RandomRuns.check(20261126L, new BoardsAgree(), Map.of(
                Reached.QUIET_WITH_CONSULTATIONS, 50.0,
                Reached.WITHDRAWAL, 15.0,
                Reached.CONSULTATION_REFUSED, 2.0,
                Reached.CADRE_BOARD_DECISION, 10.0));
    }

}
