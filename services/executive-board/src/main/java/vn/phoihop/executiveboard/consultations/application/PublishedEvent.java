package vn.phoihop.executiveboard.consultations.application;

import java.time.Instant;

/** An event this board published on a case; {@code actor} is the signed-in user, null when the board acted alone. */
public record PublishedEvent(String type, long sequence, Instant occurredAt, String actor) {
}
