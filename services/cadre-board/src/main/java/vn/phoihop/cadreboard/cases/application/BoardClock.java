package vn.phoihop.cadreboard.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** Today and now as the cadre board counts them: Vietnamese calendar dates wherever the server runs. */
@Component
class BoardClock {

    private final Clock clock;

    BoardClock(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

}
