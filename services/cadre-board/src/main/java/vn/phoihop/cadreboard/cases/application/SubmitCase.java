package vn.phoihop.cadreboard.cases.application;

import java.time.LocalDate;

import vn.phoihop.cadreboard.cases.domain.CaseId;

/** @param requestDate date of the request document, from which the deadline counts; null for today */
public record SubmitCase(CaseId caseId, LocalDate requestDate) {
}
