package vn.phoihop.cadreboard.cases.domain;

import java.util.UUID;

/**
 * The events a decision or an upward submission rests on: the counted opinion or the overdue event that made
 * silence consent (neither when the regulation requires no consultation), and the board's own meeting.
 */
public record DecisionBasis(UUID opinionEventId, UUID overdueEventId, UUID decisionMeetingEventId) {
}
