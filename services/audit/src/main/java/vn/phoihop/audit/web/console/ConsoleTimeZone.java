package vn.phoihop.audit.web.console;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The console shows every instant in the service's zone (Hà Nội), the one the boards date their documents in. */
@ControllerAdvice(basePackageClasses = ConsoleTimeZone.class)
class ConsoleTimeZone {

    private final ZoneId zone;

    ConsoleTimeZone(Clock clock) {
        this.zone = clock.getZone();
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return this.zone;
    }
}
