package vn.phoihop.simulation;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Invariant 2 over both boards and a faulty network; see {@link ValidMeetings}. */
class ValidMeetingPropertyTest {

    @Test
    void everyOpinionComesFromAValidMeetingOnTheVersionConsulted() {
        RandomRuns.check(20261123L, new ValidMeetings(), Map.of(
                Reached.OPINION_ISSUED, 30.0,
                Reached.MEETING_REFUSED, 50.0,
                Reached.INFORMATION_SUPPLIED, 2.0));
    }

}
