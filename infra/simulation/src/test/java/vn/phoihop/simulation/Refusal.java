package vn.phoihop.simulation;

/**
 * A command or message a board refused, with the board's state (every aggregate) and outbox size before and
 * after: invariant 4 wants them equal.
 */
record Refusal(long step, String what, String reason, Object before, Object after, int eventsBefore,
        int eventsAfter) {
}
