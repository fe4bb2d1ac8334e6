package vn.phoihop.audit.report;

import java.util.Map;

import vn.phoihop.regulation.ActionKind;

/**
 * A line of the report in both languages, Vietnamese first. The action kinds' Vietnamese names are the glossary's
 * (docs/glossary.md).
 */
record Label(String key, String vietnamese, String english) {

    static final Label TOTAL = new Label("TOTAL", "Tổng số", "Total");

    static final Label APPOINTMENTS = new Label("appointments", "Bổ nhiệm", "Appointments");

    static final Label TRANSFER_AND_APPOINTMENTS = new Label("transferAndAppointments", "Điều động và bổ nhiệm",
            "Transfers and appointments");

    static final Label RECEPTION_AND_APPOINTMENTS = new Label("receptionAndAppointments", "Tiếp nhận và bổ nhiệm",
            "Receptions and appointments");

    static final Label REAPPOINTMENTS_AND_EXTENSIONS = new Label("reappointmentsAndExtensions",
            "Bổ nhiệm lại, kéo dài thời gian giữ chức vụ", "Reappointments and tenure extensions");

    static final Label DECIDED_BY_CADRE_BOARD = new Label("decidedByCadreBoard", "Ban Cán sự đảng quyết định",
            "Decided by the cadre board");

    static final Label SUBMITTED_UPWARD = new Label("submittedUpward", "Trình cấp trên quyết định",
            "Submitted upward, decided by a higher authority");

    static final Label CATEGORIES = new Label("categories", "Các loại trong báo cáo", "Categories of the report");

    static final Label DECIDED_OF_UNKNOWN_KIND = new Label("decidedOfUnknownKind", "Quyết định chưa xác định loại",
            "Decisions of unknown kind");

    private static final Map<ActionKind, Label> KINDS = Map.ofEntries(
            kind(ActionKind.SUCCESSION_PLANNING, "Quy hoạch", "Succession planning"),
            kind(ActionKind.NOMINATION_FOR_CANDIDACY, "Giới thiệu ứng cử", "Nomination for candidacy"),
            kind(ActionKind.APPOINTMENT, "Bổ nhiệm", "Appointment"),
            kind(ActionKind.REAPPOINTMENT, "Bổ nhiệm lại", "Reappointment"),
            kind(ActionKind.TENURE_EXTENSION, "Kéo dài thời gian giữ chức vụ", "Tenure extension"),
            kind(ActionKind.TRANSFER, "Điều động", "Transfer"),
            kind(ActionKind.TRANSFER_AND_APPOINTMENT, "Điều động và bổ nhiệm", "Transfer and appointment"),
            kind(ActionKind.RECEPTION_AND_APPOINTMENT, "Tiếp nhận và bổ nhiệm", "Reception and appointment"),
            kind(ActionKind.ROTATION, "Luân chuyển", "Rotation"),
            kind(ActionKind.DISMISSAL, "Miễn nhiệm", "Dismissal"),
            kind(ActionKind.DISCIPLINE, "Kỷ luật", "Discipline"));

    static Label of(ActionKind kind) {
        return KINDS.get(kind);
    }

    private static Map.Entry<ActionKind, Label> kind(ActionKind kind, String vietnamese, String english) {
        return Map.entry(kind, new Label(kind.name(), vietnamese, english));
    }
}
