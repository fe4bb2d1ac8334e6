package vn.phoihop.cadreboard.cases.adapter.in.schedule;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.phoihop.cadreboard.cases.application.DeadlineCheck;

/**
 * Checks the deadlines every {@code phoihop.deadlines.check-interval}. Every replica runs it: the check locks
 * each case it marks and skips the ones another replica holds, so running it twice is harmless.
 */
@Component
class DeadlineSchedule {

    private static final Log logger = LogFactory.getLog(DeadlineSchedule.class);

    private final DeadlineCheck check;

    DeadlineSchedule(DeadlineCheck check) {
        this.check = check;
    }

    @Scheduled(fixedDelayString = "${phoihop.deadlines.check-interval:PT1M}",
            initialDelayString = "${phoihop.deadlines.initial-delay:PT1M}")
    void checkDeadlines() {
        int overdue = check.run();
        if (overdue > 0) {
            logger.info(overdue + " consultation(s) found overdue");
        }
    }

}
