package vn.phoihop.audit.service;

import vn.phoihop.audit.verification.CaseStatus;
import vn.phoihop.events.ActionKind;

/**
 * Which judged cases to list; every criterion left null lets every case through.
 *
 * @param caseIdPrefix the beginning of the case id, so that an auditor can type the first characters of a UUID
 * @param subjectId the cadre id of the case's subject, e.g. CB-0001, in any letter case
 * @param kind the proposed action kind
 * @param status where the case ended, or that it has not
 * @param clean true for clean cases only, false for cases with violations only
 */
public record CaseQuery(String caseIdPrefix, String subjectId, ActionKind kind, CaseStatus status, Boolean clean) {

    public CaseQuery {
        caseIdPrefix = blankToNull(caseIdPrefix);
        subjectId = blankToNull(subjectId);
    }

    /** Every case, or only the clean or only the violating ones, as the API filters them. */
    public static CaseQuery byCleanliness(Boolean clean) {
        return new CaseQuery(null, null, null, null, clean);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
