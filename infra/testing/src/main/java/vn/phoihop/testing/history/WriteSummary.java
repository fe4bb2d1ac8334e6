package vn.phoihop.testing.history;

import java.time.Duration;

/**
 * What {@link SyntheticTerm#writeTo} sent, all of it acknowledged by the broker.
 *
 * @param events case events, on both boards' events topics
 * @param checkpoints signed checkpoints, on both boards' checkpoints topics
 * @param eventBytes the events' values, without keys and headers
 * @param took from the first send to the last acknowledgement
 */
public record WriteSummary(long events, long checkpoints, long eventBytes, Duration took) {

    public double meanEventBytes() {
        return events == 0 ? 0 : (double) eventBytes / events;
    }

    public double eventsPerSecond() {
        return events / Math.max(took.toNanos() / 1e9, 1e-9);
    }
}
