package vn.phoihop.executiveboard.consultations.application;

import java.util.UUID;

/** Record the cadre board's finding that the opinion on a proposal version is overdue. */
public record FlagOverdue(UUID caseId, int proposalVersion, boolean deemedConsent) {
}
