package vn.phoihop.local;

import java.util.List;
import java.util.Map;

/** An appointment proposal of the demo, as the clerk would enter it; fictional people. */
record DemoCase(String cadreId, String fullName, String title, String unitCode, String unitName, String tier,
        String rationale, boolean submitted) {

    static final List<DemoCase> ALL = List.of(
            new DemoCase("CB-0001", "Nguyễn Văn An", "Vụ trưởng", "VU-TCCB", "Vụ Tổ chức cán bộ",
                    "DEPARTMENT_HEAD",
                    "Đáp ứng đầy đủ tiêu chuẩn, điều kiện; được tập thể lãnh đạo Vụ giới thiệu với số phiếu cao.",
                    true),
            new DemoCase("CB-0002", "Trần Thị Bình", "Phó Vụ trưởng", "VU-KHTC", "Vụ Kế hoạch - Tài chính",
                    "DEPARTMENT_DEPUTY_HEAD",
                    "Có năng lực quản lý tài chính công, hoàn thành xuất sắc nhiệm vụ ba năm liền.",
                    true),
            new DemoCase("CB-0003", "Lê Hoàng Cường", "Trưởng phòng", "VP-TH", "Phòng Tổng hợp, Văn phòng Bộ",
                    "DIVISION_HEAD",
                    "Nằm trong quy hoạch chức danh Trưởng phòng giai đoạn 2026 - 2031.",
                    false));

    /** The body of POST /api/cases. */
    Map<String, Object> body() {
        return Map.of(
                "kind", "APPOINTMENT",
                "subject", Map.of("cadreId", cadreId, "fullName", fullName),
                "targetPosition", Map.of("title", title, "unitCode", unitCode, "unitName", unitName, "tier", tier),
                "rationale", rationale,
                "proposedEffectiveDate", "2027-01-01",
                "termYears", 5);
    }
}
