package vn.phoihop.local.demo;

import java.time.Duration;

/** How hard the seeder pushes and how long it waits for events to cross between the boards. */
record Pace(int concurrency, Duration pollInterval, Duration patience) {

    /** About a minute for the whole term on a laptop; two minutes of silence from a board is a failure. */
    static final Pace DEFAULT = new Pace(8, Duration.ofMillis(200), Duration.ofMinutes(2));
}
