package vn.phoihop.executiveboard.consultations.adapter.in.console;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.ConsultationStatus;

/**
 * How pressing a consultation's deadline is, for the inbox's markers. Only a pending consultation has a running
 * deadline: one waiting for information has its deadline set again when the answers come.
 */
enum Urgency {
    OVERDUE, THIS_WEEK, LATER, NONE;

    static Urgency of(Consultation consultation, LocalDate today) {
        if (consultation.overdueOn(today)) {
            return OVERDUE;
        }
        if (consultation.status() != ConsultationStatus.PENDING) {
            return NONE;
        }
        LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return consultation.request().dueDate().isAfter(endOfWeek) ? LATER : THIS_WEEK;
    }

}
