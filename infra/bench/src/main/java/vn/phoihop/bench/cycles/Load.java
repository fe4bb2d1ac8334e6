package vn.phoihop.bench.cycles;

/**
 * How cycles are offered: closed loop, a fixed number of users each starting a new cycle when the last is
 * decided; or open loop, new cycles at a fixed rate whatever the platform's pace, so a slow platform meets a queue
 * as it would at election time, and each cycle's latency counts from when it was due, not from when it began.
 */
record Load(Mode mode, double level) {

    enum Mode {
        CLOSED, OPEN
    }

    static Load closed(int concurrency) {
        return new Load(Mode.CLOSED, concurrency);
    }

    static Load open(double cyclesPerSecond) {
        return new Load(Mode.OPEN, cyclesPerSecond);
    }

    @Override
    public String toString() {
        return this.mode == Mode.CLOSED ? "closed, %d users".formatted((int) this.level)
                : "open, %.0f cycles/s offered".formatted(this.level);
    }

}
