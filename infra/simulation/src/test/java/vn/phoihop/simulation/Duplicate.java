package vn.phoihop.simulation;

/** A message that came again after it had taken effect, with the receiving board's state before and after. */
record Duplicate(long step, Message message, Object before, Object after, int eventsBefore, int eventsAfter) {
}
