package vn.phoihop.cadreboard.cases.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import vn.phoihop.regulation.WorkingDayCalendar;

/**
 * The executive board's deadline for the current round of consultation: from the request (or the supplied
 * information) to the due date. Overdue is state, so it is found once and survives restarts.
 * @param overdueEventId the ConsultationOverdue event that found it overdue; a deemed consent rests on it
 */
public record Deadline(LocalDate requestDate, LocalDate dueDate, boolean overdue, UUID overdueEventId) {

    public Deadline {
        Objects.requireNonNull(requestDate, "requestDate");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    static Deadline starting(LocalDate requestDate, LocalDate dueDate) {
        return new Deadline(requestDate, dueDate, false, null);
    }

    /** Overdue once a working day after the due date has come without an answer (docs/protocol.md). */
    boolean passedOn(LocalDate today, WorkingDayCalendar calendar) {
        return calendar.workingDaysBetween(dueDate, today) > 0;
    }

    Deadline markedOverdue() {
        return new Deadline(requestDate, dueDate, true, null);
    }

    Deadline withOverdueEvent(UUID eventId) {
        return new Deadline(requestDate, dueDate, overdue, eventId);
    }

}
