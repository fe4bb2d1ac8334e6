package vn.phoihop.cadreboard.cases.domain;

import java.time.LocalDate;

import vn.phoihop.regulation.SilenceRule;

/** No opinion by the due date; {@code deemedConsent} when the regulation counts the silence as agreement. */
public record ConsultationOverdue(Stamp stamp, LocalDate dueDate, LocalDate detectedOn, SilenceRule silenceRule,
        boolean deemedConsent) implements CaseEvent {
}
