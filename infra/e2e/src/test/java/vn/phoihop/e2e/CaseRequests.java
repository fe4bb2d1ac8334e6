package vn.phoihop.e2e;

/** Request bodies of the cycle, as a secretariat, an assigned member and a Standing Committee secretary send them. */
public final class CaseRequests {

    private static final String SIX_PRESENT = "\"UV-01\",\"UV-02\",\"UV-03\",\"UV-04\",\"UV-05\",\"UV-06\"";

    public static final String APPOINTMENT = """
            {"kind":"APPOINTMENT","subject":{"cadreId":"CB-0001","fullName":"Nguyễn Văn An"},
             "targetPosition":{"title":"Vụ trưởng","unitCode":"VU-TCCB","unitName":"Vụ Tổ chức cán bộ",
                               "tier":"DEPARTMENT_HEAD"},
             "rationale":"Kiện toàn lãnh đạo Vụ","proposedEffectiveDate":"2027-01-01","termYears":5,
             "dossier":[{"name":"To-trinh.pdf","mediaType":"application/pdf",
                         "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]}""";

    /** The same appointment with a later effective date, and why. */
    public static final String AMENDMENT = """
            {"kind":"APPOINTMENT","subject":{"cadreId":"CB-0001","fullName":"Nguyễn Văn An"},
             "targetPosition":{"title":"Vụ trưởng","unitCode":"VU-TCCB","unitName":"Vụ Tổ chức cán bộ",
                               "tier":"DEPARTMENT_HEAD"},
             "rationale":"Kiện toàn lãnh đạo Vụ","proposedEffectiveDate":"2027-03-01","termYears":5,
             "reason":"Lùi thời điểm bổ nhiệm theo điều kiện của Ban Thường vụ"}""";

    public static final String DEPUTY_MINISTER_REAPPOINTMENT = """
            {"kind":"REAPPOINTMENT","subject":{"cadreId":"CB-0900","fullName":"Phạm Quốc Hùng"},
             "currentPosition":{"title":"Thứ trưởng","unitCode":"BO-KHDT","unitName":"Bộ Kế hoạch và Đầu tư",
                                "tier":"DEPUTY_MINISTER"},
             "rationale":"Hoàn thành tốt nhiệm vụ nhiệm kỳ","proposedEffectiveDate":"2027-02-01","termYears":5}""";

    public static final String REVIEW = """
            {"recommendation":"AGREE","note":"Đủ tiêu chuẩn, điều kiện theo quy định"}""";

    /** Seven members summoned, four present: below the two-thirds quorum. */
    public static final String OPINION_WITHOUT_QUORUM = opinion("\"outcome\":\"AGREE\"", "\"UV-01\",\"UV-02\",\"UV-03\",\"UV-04\"",
            "4,\"disagree\":0");

    public static final String OPINION_AGREED = opinion("\"outcome\":\"AGREE\"", SIX_PRESENT, "5,\"disagree\":1");

    public static final String OPINION_WITH_CONDITIONS = opinion(
            "\"outcome\":\"AGREE_WITH_CONDITIONS\",\"conditions\":\"Bổ nhiệm từ ngày 01/3/2027\"", SIX_PRESENT,
            "6,\"disagree\":0");

    public static final String INFORMATION_REQUESTED = opinion(
            "\"outcome\":\"REQUEST_INFORMATION\",\"questions\":[\"Bổ sung bản kê khai tài sản\"]", SIX_PRESENT,
            "0,\"disagree\":0");

    public static final String INFORMATION = """
            {"answers":["Đã bổ sung bản kê khai tài sản, thu nhập năm 2026"]}""";

    public static final String DECISION_MEETING = """
            {"meetingDate":"2026-11-20","membersTotal":5,"present":5,"inFavour":5,"against":0,"abstain":0}""";

    public static final String DECISION = """
            {"outcome":"APPROVED","decisionNumber":"123-QĐ/BCSĐ","effectiveDate":"2027-01-01"}""";

    public static final String UPWARD_SUBMISSION = """
            {"authorityName":"Ban cán sự đảng Chính phủ","submissionNumber":"45-TTr/BCSĐ","submittedOn":"2026-11-20"}""";

    public static final String HIGHER_DECISION = """
            {"outcome":"APPROVED","decisionNumber":"1234/QĐ-TTg","effectiveDate":"2027-02-01",
             "authorityName":"Thủ tướng Chính phủ"}""";

    private CaseRequests() {
    }

    private static String opinion(String outcome, String present, String agreeAndDisagree) {
        return "{" + outcome + ",\"meeting\":{\"date\":\"2026-11-20\","
                + "\"summoned\":[\"UV-01\",\"UV-02\",\"UV-03\",\"UV-04\",\"UV-05\",\"UV-06\",\"UV-07\"],"
                + "\"present\":[" + present + "]},"
                + "\"tally\":{\"agree\":" + agreeAndDisagree + ",\"abstain\":0,\"invalid\":0}}";
    }

}
