package vn.phoihop.faults;

/**
 * The bodies of a cycle's commands, as the boards' users send them: one appointment in the unit the demo member
 * follows, a favourable review, a quorate Standing Committee opinion, the cadre board's meeting and its decision.
 */
public final class Requests {

    public static final String REVIEW = """
            {"recommendation":"AGREE","note":"Đủ tiêu chuẩn, điều kiện"}""";

    public static final String OPINION = """
            {"outcome":"AGREE","meeting":{"date":"2026-11-20",
             "summoned":["UV-01","UV-02","UV-03","UV-04","UV-05","UV-06","UV-07"],
             "present":["UV-01","UV-02","UV-03","UV-04","UV-05","UV-06"]},
             "tally":{"agree":5,"disagree":1,"abstain":0,"invalid":0}}""";

    public static final String DECISION_MEETING = """
            {"meetingDate":"2026-11-20","membersTotal":5,"present":5,"inFavour":5,"against":0,"abstain":0}""";

    private static final String DECISION = """
            {"outcome":"APPROVED","decisionNumber":"%d-QĐ/BCSĐ","effectiveDate":"2027-01-01"}""";

    private static final String PROPOSAL = """
            {"kind":"APPOINTMENT","subject":{"cadreId":"%s","fullName":"Cán bộ %d"},
             "targetPosition":{"title":"Vụ trưởng","unitCode":"%s","unitName":"Vụ Tổ chức cán bộ",
                               "tier":"DEPARTMENT_HEAD"},
             "rationale":"Kiện toàn lãnh đạo Vụ","proposedEffectiveDate":"2027-01-01","termYears":5}""";

    private Requests() {
    }

    /** An appointment in the unit whose consultations go to the demo member. */
    public static String proposal(String cadreId, int number) {
        return PROPOSAL.formatted(cadreId, number, Parties.UNIT);
    }

    public static String decision(int number) {
        return DECISION.formatted(number);
    }

}
