package vn.phoihop.cadreboard.cases.application;

import vn.phoihop.cadreboard.cases.domain.CaseStatus;
import vn.phoihop.regulation.ActionKind;

/**
 * Which cases a list shows; a null criterion does not filter.
 * @param unitCode matches the unit of the target position or of the current one
 * @param text found in the subject's name or cadre id, or the start of the case id, whatever the case of letters
 */
public record CaseFilter(CaseStatus status, ActionKind kind, String unitCode, Boolean overdue, String text) {
}
