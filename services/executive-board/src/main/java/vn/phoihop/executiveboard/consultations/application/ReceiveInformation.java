package vn.phoihop.executiveboard.consultations.application;

import java.util.UUID;

import vn.phoihop.executiveboard.consultations.domain.SuppliedInformation;

/** Take in the cadre board's answers to the Standing Committee's questions. */
public record ReceiveInformation(UUID caseId, SuppliedInformation information) {
}
