package vn.phoihop.executiveboard.consultations.application;

import java.util.UUID;

import vn.phoihop.executiveboard.consultations.domain.Closure;

/** Record that the cadre board decided the case or submitted it upward. */
public record CloseConsultation(UUID caseId, Closure closure) {
}
