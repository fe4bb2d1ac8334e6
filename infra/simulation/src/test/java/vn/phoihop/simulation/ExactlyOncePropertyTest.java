package vn.phoihop.simulation;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Invariant 3 over both boards and a faulty network; see {@link ExactlyOnceInOrder}. */
class ExactlyOncePropertyTest {

    @Test
    void eachBoardsHistoryIsExactlyOnceAndInOrderPerCase() {
        RandomRuns.check(20261124L, new ExactlyOnceInOrder(), Map.of(
                Reached.DUPLICATE_DROPPED, 25.0,
                Reached.MESSAGE_REFUSED, 10.0,
                Reached.AMENDMENT, 30.0));
    }

}
