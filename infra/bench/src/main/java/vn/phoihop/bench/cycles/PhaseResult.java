package vn.phoihop.bench.cycles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One load's measured window: what the clients saw, and how many transactions both boards' databases committed. */
record PhaseResult(Load load, Instant from, Instant to, StageRecorder recorder, long databaseCommits,
        List<String> failures) {

    double seconds() {
        return Duration.between(this.from, this.to).toNanos() / 1e9;
    }

    long cycles() {
        return this.recorder.cycles().getTotalCount();
    }

    double cyclesPerSecond() {
        return cycles() / seconds();
    }

    double databaseCommitsPerSecond() {
        return this.databaseCommits / seconds();
    }

}
