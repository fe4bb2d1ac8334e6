package vn.phoihop.e2e;

/** Request bodies of the cycle, as a secretariat and a Standing Committee secretary would send them. */
final class CaseRequests {

    static final String APPOINTMENT = """
            {"kind":"APPOINTMENT","subject":{"cadreId":"CB-0001","fullName":"Nguyễn Văn An"},
             "targetPosition":{"title":"Vụ trưởng","unitCode":"VU-TCCB","unitName":"Vụ Tổ chức cán bộ",
                               "tier":"DEPARTMENT_HEAD"},
             "rationale":"Kiện toàn lãnh đạo Vụ","proposedEffectiveDate":"2027-01-01","termYears":5}""";

    static final String DECISION = """
            {"outcome":"APPROVED","decisionNumber":"123-QĐ/BCSĐ","effectiveDate":"2027-01-01"}""";

    /** Seven members summoned, four present: below the two-thirds quorum. */
    static final String OPINION_WITHOUT_QUORUM = """
            {"outcome":"AGREE","meetingDate":"2026-11-20","summoned":7,"present":4,"recused":0,
             "agree":4,"disagree":0,"abstain":0,"invalid":0}""";

    static final String OPINION_AGREED = """
            {"outcome":"AGREE","meetingDate":"2026-11-20","summoned":7,"present":6,"recused":0,
             "agree":5,"disagree":1,"abstain":0,"invalid":0}""";

    private CaseRequests() {
    }

}
