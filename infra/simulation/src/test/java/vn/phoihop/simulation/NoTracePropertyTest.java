package vn.phoihop.simulation;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Invariant 4 over both boards and a faulty network; see {@link NoTraceOfRefusals}. */
class NoTracePropertyTest {

    @Test
    void nothingRefusedLeavesATrace() {
        RandomRuns.check(20261125L, new NoTraceOfRefusals(), Map.of(
                Reached.COMMAND_REFUSED, 80.0,
                Reached.MESSAGE_REFUSED, 10.0,
                Reached.MEETING_REFUSED, 50.0));
    }

}
