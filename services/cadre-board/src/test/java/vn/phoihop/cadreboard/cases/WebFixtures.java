package vn.phoihop.cadreboard.cases;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.cadreboard.cases.domain.Cadre;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.cadreboard.cases.domain.Position;
import vn.phoihop.cadreboard.cases.domain.Proposal;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.PositionTier;
import vn.phoihop.regulation.Regulations;
import vn.phoihop.regulation.file.RegulationLibrary;

/** Cases and request bodies for the tests of the HTTP API, whose use cases are stand-ins. */
public final class WebFixtures {

    public static final Regulations REGULATIONS = RegulationLibrary.defaults("cadre-board");

    public static final String APPOINTMENT = """
            {"kind":"APPOINTMENT","subject":{"cadreId":"CB-0042","fullName":"Trần Thị Bình"},
             "targetPosition":{"title":"Vụ trưởng","unitCode":"VU-KH","unitName":"Vụ Kế hoạch",
               "tier":"DEPARTMENT_HEAD"},
             "proposedEffectiveDate":"2027-01-01","termYears":5,"rationale":"Kiện toàn lãnh đạo Vụ"}""";

    /** Silence after the deadline counts as consent for a reappointment. */
    public static final String REAPPOINTMENT = """
            {"kind":"REAPPOINTMENT","subject":{"cadreId":"CB-0043","fullName":"Phạm Văn Dũng"},
             "currentPosition":{"title":"Vụ trưởng","unitCode":"VU-KH","unitName":"Vụ Kế hoạch",
               "tier":"DEPARTMENT_HEAD"},
             "proposedEffectiveDate":"2027-01-01","termYears":5,"rationale":"Hết nhiệm kỳ, đủ tiêu chuẩn"}""";

    public static final String AMENDMENT = """
            {"kind":"APPOINTMENT","subject":{"cadreId":"CB-0042","fullName":"Trần Thị Bình"},
             "targetPosition":{"title":"Vụ trưởng","unitCode":"VU-KH","unitName":"Vụ Kế hoạch",
               "tier":"DEPARTMENT_HEAD"},
             "proposedEffectiveDate":"2027-01-01","termYears":3,"rationale":"Kiện toàn lãnh đạo Vụ",
             "reason":"Rút ngắn nhiệm kỳ"}""";

    public static final String INFORMATION = """
            {"answers":["Hoàn thành xuất sắc nhiệm vụ"],
             "dossier":[{"name":"danh-gia.pdf","mediaType":"application/pdf",
               "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]}""";

    public static final String WITHDRAWAL = """
            {"reason":"Cán bộ xin thôi"}""";

    public static final String MEETING = """
            {"meetingDate":"2026-11-20","membersTotal":9,"present":8,"inFavour":7,"against":1,"abstain":0}""";

    public static final String DECISION = """
            {"outcome":"APPROVED","decisionNumber":"123-QĐ/BCSĐ","effectiveDate":"2027-01-01"}""";

    public static final String UPWARD_SUBMISSION = """
            {"authorityName":"Thủ tướng Chính phủ","submissionNumber":"45-TTr/BCSĐ","submittedOn":"2026-11-20"}""";

    public static final String HIGHER_DECISION = """
            {"outcome":"APPROVED","decisionNumber":"1234/QĐ-TTg","effectiveDate":"2027-02-01"}""";

    private WebFixtures() {
    }

    public static Proposal appointment(PositionTier tier) {
        return new Proposal(ActionKind.APPOINTMENT, new Cadre("CB-0042", "Trần Thị Bình"), null,
                new Position("Vụ trưởng", "VU-KH", "Vụ Kế hoạch", tier), LocalDate.of(2027, 1, 1), 5, null,
                "Kiện toàn lãnh đạo Vụ", List.of());
    }

    public static PersonnelCase appointmentCase() {
        return PersonnelCase.open(CaseId.random(), appointment(PositionTier.DEPARTMENT_HEAD),
                REGULATIONS.inForce(LocalDate.of(2026, 11, 20)));
    }

}
