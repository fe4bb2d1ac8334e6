package vn.phoihop.bench.cycles;

/** A load's window as the clients saw it and as the boards recorded its events. */
record MeasuredPhase(PhaseResult result, StageLatencies stages) {

    double cyclesPerSecond() {
        return this.result.cyclesPerSecond();
    }

    /** Events that crossed between the boards per completed cycle. */
    double eventsPerCycle() {
        return this.result.cycles() == 0 ? Double.NaN : (double) this.stages.events() / this.result.cycles();
    }

    /** Each command is one transaction with its outbox row; each event one more, its inbox row, at the other board. */
    double writeTransactionsPerCycle() {
        return Command.values().length + eventsPerCycle();
    }

    double databaseCommitsPerCycle() {
        return this.result.cycles() == 0 ? Double.NaN : (double) this.result.databaseCommits() / this.result.cycles();
    }

}
