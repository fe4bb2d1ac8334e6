package vn.phoihop.cadreboard.cases.application;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a case's history.
 * @param proposalVersion the version the step was on
 * @param detail an outcome, a status or a rule the step came to, as its code; null when the step says it all
 * @param actor the user who acted at the board concerned; null when that board acted on its own
 */
public record TimelineEntry(Instant at, TimelineStep step, int proposalVersion, String detail, String actor) {

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(step, "step");
    }

}
