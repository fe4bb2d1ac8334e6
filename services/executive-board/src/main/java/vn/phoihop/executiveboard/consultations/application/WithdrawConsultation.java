package vn.phoihop.executiveboard.consultations.application;

import java.util.UUID;

import vn.phoihop.executiveboard.consultations.domain.Closure;

/** End the consultation on a case the cadre board withdrew. */
public record WithdrawConsultation(UUID caseId, Closure withdrawal) {
}
