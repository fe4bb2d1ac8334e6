package vn.phoihop.faults;

import java.time.Duration;

/**
 * A fault as it happened: when, to which instance, how long until another replica's relay streamed (kills of the
 * leader only), and how long until the platform worked again: a new case's consultation and opinion made the round
 * trip between the boards, or, for the audit, it answered again.
 */
record Injection(Fault fault, Duration at, String target, Duration takeover, Duration recovery, String note) {
}
