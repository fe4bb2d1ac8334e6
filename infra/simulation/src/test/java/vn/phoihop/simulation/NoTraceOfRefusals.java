package vn.phoihop.simulation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariant 4: nothing rejected leaves a trace. A command a board refused, or a message it refused (and that the
 * real service dead-letters), leaves every aggregate of that board as it was and publishes nothing.
 */
final class NoTraceOfRefusals implements Invariant {

    @Override
    public String name() {
        return "Invariant 4 (nothing rejected leaves a trace)";
    }

    @Override
    public void check(World world) {
        for (Refusal refusal : world.refusals) {
            if (!refusal.after().equals(refusal.before())) {
                throw new AssertionError("#" + refusal.step() + " " + refusal.what() + " was refused ("
                        + refusal.reason() + ") but changed the state: "
                        + StateDiff.of(refusal.before(), refusal.after()));
            }
            assertThat(refusal.eventsAfter()).as("#%d %s was refused (%s) but published", refusal.step(),
                    refusal.what(), refusal.reason())
                .isEqualTo(refusal.eventsBefore());
        }
    }

}
