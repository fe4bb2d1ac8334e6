package vn.phoihop.local.demo;

import java.util.List;

import vn.phoihop.regulation.PositionTier;

/**
 * The Ministry of Planning and Investment of 2010–2015 as the demo needs it: its units of department rank
 * (cấp Cục, Vụ, Viện và tương đương) with the titles of their head and deputy head, and its own leadership. Public
 * because the synthetic terms of infra/testing post their cadres in the same units.
 */
public final class Ministry {

    public static final String NAME = "Bộ Kế hoạch và Đầu tư";

    /** The deputy ministers' "unit": their cases go to the Government's Party delegation and the Prime Minister. */
    static final Unit LEADERSHIP = new Unit("BO-KHDT", NAME, "Thứ trưởng", null, 0);

    public static final List<Unit> UNITS = List.of(
            vu("VU-THKTQD", "Vụ Tổng hợp kinh tế quốc dân", 4),
            vu("VU-KTDPLT", "Vụ Kinh tế địa phương và lãnh thổ", 3),
            vu("VU-TCTT", "Vụ Tài chính, tiền tệ", 3),
            vu("VU-KCHTDT", "Vụ Kết cấu hạ tầng và đô thị", 3),
            vu("VU-KTNN", "Vụ Kinh tế nông nghiệp", 3),
            vu("VU-KTCN", "Vụ Kinh tế công nghiệp", 3),
            vu("VU-KTDV", "Vụ Kinh tế dịch vụ", 3),
            vu("VU-LDVHXH", "Vụ Lao động, văn hóa, xã hội", 3),
            vu("VU-KHGDTNMT", "Vụ Khoa học, giáo dục, tài nguyên và môi trường", 3),
            vu("VU-KTDN", "Vụ Kinh tế đối ngoại", 3),
            vu("VU-QLQH", "Vụ Quản lý quy hoạch", 2),
            vu("VU-TDGSDT", "Vụ Thẩm định và giám sát đầu tư", 3),
            vu("VU-QLKKT", "Vụ Quản lý các khu kinh tế", 2),
            vu("VU-PC", "Vụ Pháp chế", 2),
            vu("VU-TCCB", "Vụ Tổ chức cán bộ", 2),
            vu("VU-TDKT", "Vụ Thi đua - Khen thưởng", 1),
            new Unit("VPB", "Văn phòng Bộ", "Chánh Văn phòng", "Phó Chánh Văn phòng", 3),
            new Unit("TTB", "Thanh tra Bộ", "Chánh Thanh tra", "Phó Chánh Thanh tra", 2),
            cuc("CUC-DTNN", "Cục Đầu tư nước ngoài", 4),
            cuc("CUC-PTDN", "Cục Phát triển doanh nghiệp", 3),
            cuc("CUC-QLDT", "Cục Quản lý đấu thầu", 3),
            cuc("CUC-QLDKKD", "Cục Quản lý đăng ký kinh doanh", 3),
            cuc("CUC-KTHT", "Cục Kinh tế hợp tác", 2),
            vien("VIEN-CLPT", "Viện Chiến lược phát triển", 3),
            vien("VIEN-NCQLKTTW", "Viện Nghiên cứu quản lý kinh tế Trung ương", 3),
            new Unit("TT-TTDB", "Trung tâm Thông tin và Dự báo kinh tế - xã hội quốc gia", "Giám đốc",
                    "Phó Giám đốc", 2),
            new Unit("TT-TH", "Trung tâm Tin học", "Giám đốc", "Phó Giám đốc", 1),
            // its deputy heads rank with the heads of a Vụ; the head himself is above the department tier
            new Unit("TCTK", "Tổng cục Thống kê", "Phó Tổng cục trưởng", null, 2),
            new Unit("HV-CSPT", "Học viện Chính sách và Phát triển", "Giám đốc", "Phó Giám đốc", 2),
            new Unit("BAO-DT", "Báo Đầu tư", "Tổng Biên tập", "Phó Tổng Biên tập", 1),
            new Unit("TC-KTDB", "Tạp chí Kinh tế và Dự báo", "Tổng Biên tập", "Phó Tổng Biên tập", 1));

    /** Where people received from outside the ministry come from. */
    public static final List<String> OUTSIDE_ORGANISATIONS = List.of(
            "Văn phòng Chính phủ", "Bộ Tài chính", "Ngân hàng Nhà nước Việt Nam", "Bộ Công Thương",
            "Ban Kinh tế Trung ương", "Sở Kế hoạch và Đầu tư thành phố Hà Nội",
            "Sở Kế hoạch và Đầu tư Thành phố Hồ Chí Minh", "Sở Kế hoạch và Đầu tư tỉnh Quảng Ninh",
            "Sở Kế hoạch và Đầu tư thành phố Đà Nẵng", "Học viện Hành chính Quốc gia", "Đại học Kinh tế Quốc dân");

    private Ministry() {
    }

    /** A unit; {@code deputyTitle} is null where the unit has no deputy post of department rank. */
    public record Unit(String code, String name, String headTitle, String deputyTitle, int weight) {

        public boolean has(PositionTier tier) {
            return tier == PositionTier.DEPARTMENT_DEPUTY_HEAD ? deputyTitle != null : headTitle != null;
        }

        public Position position(PositionTier tier) {
            return switch (tier) {
                case DEPUTY_MINISTER, DEPARTMENT_HEAD -> new Position(headTitle, code, name, tier);
                case DEPARTMENT_DEPUTY_HEAD -> new Position(deputyTitle, code, name, tier);
                case DIVISION_HEAD -> new Position("Trưởng phòng", code, name, tier);
                case DIVISION_DEPUTY_HEAD -> new Position("Phó Trưởng phòng", code, name, tier);
            };
        }
    }

    private static Unit vu(String code, String name, int weight) {
        return new Unit(code, name, "Vụ trưởng", "Phó Vụ trưởng", weight);
    }

    private static Unit cuc(String code, String name, int weight) {
        return new Unit(code, name, "Cục trưởng", "Phó Cục trưởng", weight);
    }

    private static Unit vien(String code, String name, int weight) {
        return new Unit(code, name, "Viện trưởng", "Phó Viện trưởng", weight);
    }
}
