package vn.phoihop.messaging;

import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Forgets remembered answers past their retention, hourly; every replica may do it, deleting twice is harmless. */
final class AnswerRetention {

    private static final Log logger = LogFactory.getLog(AnswerRetention.class);

    private final RememberedAnswers answers;

    private final IdempotencySettings settings;

    AnswerRetention(RememberedAnswers answers, IdempotencySettings settings) {
        this.answers = answers;
        this.settings = settings;
    }

    @Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = TimeUnit.HOURS)
    void forgetExpired() {
        try {
            int forgotten = this.answers.forgetOlderThan(this.settings.retention());
            logger.debug("Forgot " + forgotten + " remembered answers older than " + this.settings.retention());
        }
        catch (RuntimeException ex) {
            // the next hour tries again; a few hours' more rows cost nothing
            logger.warn("Could not forget expired remembered answers", ex);
        }
    }

}
