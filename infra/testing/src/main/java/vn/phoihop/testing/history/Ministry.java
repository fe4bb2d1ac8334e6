package vn.phoihop.testing.history;

import java.util.List;
import java.util.random.RandomGenerator;

import vn.phoihop.events.Position;
import vn.phoihop.events.PositionTier;

/**
 * The units of department rank of the Ministry of Planning and Investment (cấp Cục, Vụ, Viện và tương đương), with
 * the titles of their head and deputy head.
 */
final class Ministry {

    static final String NAME = "Bộ Kế hoạch và Đầu tư";

    /** Where people received from outside the ministry come from. */
    static final List<String> OUTSIDE_ORGANISATIONS = List.of("Văn phòng Chính phủ", "Bộ Tài chính",
            "Ngân hàng Nhà nước Việt Nam", "Bộ Công Thương", "Ban Kinh tế Trung ương",
            "Sở Kế hoạch và Đầu tư thành phố Hà Nội", "Sở Kế hoạch và Đầu tư Thành phố Hồ Chí Minh",
            "Sở Kế hoạch và Đầu tư thành phố Đà Nẵng", "Học viện Hành chính Quốc gia", "Đại học Kinh tế Quốc dân");

    static final List<Unit> UNITS = List.of(
            vu("VU-THKTQD", "Vụ Tổng hợp kinh tế quốc dân"),
            vu("VU-KTDPLT", "Vụ Kinh tế địa phương và lãnh thổ"),
            vu("VU-TCTT", "Vụ Tài chính, tiền tệ"),
            vu("VU-KCHTDT", "Vụ Kết cấu hạ tầng và đô thị"),
            vu("VU-KTNN", "Vụ Kinh tế nông nghiệp"),
            vu("VU-KTCN", "Vụ Kinh tế công nghiệp"),
            vu("VU-KTDV", "Vụ Kinh tế dịch vụ"),
            vu("VU-LDVHXH", "Vụ Lao động, văn hóa, xã hội"),
            vu("VU-KHGDTNMT", "Vụ Khoa học, giáo dục, tài nguyên và môi trường"),
            vu("VU-KTDN", "Vụ Kinh tế đối ngoại"),
            vu("VU-QLQH", "Vụ Quản lý quy hoạch"),
            vu("VU-TDGSDT", "Vụ Thẩm định và giám sát đầu tư"),
            vu("VU-QLKKT", "Vụ Quản lý các khu kinh tế"),
            vu("VU-PC", "Vụ Pháp chế"),
            vu("VU-TCCB", "Vụ Tổ chức cán bộ"),
            vu("VU-TDKT", "Vụ Thi đua - Khen thưởng"),
            new Unit("VPB", "Văn phòng Bộ", "Chánh Văn phòng", "Phó Chánh Văn phòng"),
            new Unit("TTB", "Thanh tra Bộ", "Chánh Thanh tra", "Phó Chánh Thanh tra"),
            cuc("CUC-DTNN", "Cục Đầu tư nước ngoài"),
            cuc("CUC-PTDN", "Cục Phát triển doanh nghiệp"),
            cuc("CUC-QLDT", "Cục Quản lý đấu thầu"),
            cuc("CUC-QLDKKD", "Cục Quản lý đăng ký kinh doanh"),
            cuc("CUC-KTHT", "Cục Kinh tế hợp tác"),
            new Unit("VIEN-CLPT", "Viện Chiến lược phát triển", "Viện trưởng", "Phó Viện trưởng"),
            new Unit("VIEN-NCQLKTTW", "Viện Nghiên cứu quản lý kinh tế Trung ương", "Viện trưởng",
                    "Phó Viện trưởng"),
            new Unit("TT-TTDB", "Trung tâm Thông tin và Dự báo kinh tế - xã hội quốc gia", "Giám đốc",
                    "Phó Giám đốc"),
            new Unit("TT-TH", "Trung tâm Tin học", "Giám đốc", "Phó Giám đốc"),
            new Unit("HV-CSPT", "Học viện Chính sách và Phát triển", "Giám đốc", "Phó Giám đốc"),
            new Unit("BAO-DT", "Báo Đầu tư", "Tổng Biên tập", "Phó Tổng Biên tập"),
            new Unit("TC-KTDB", "Tạp chí Kinh tế và Dự báo", "Tổng Biên tập", "Phó Tổng Biên tập"));

    private Ministry() {
    }

    static Unit anyUnit(RandomGenerator random) {
        return UNITS.get(random.nextInt(UNITS.size()));
    }

    static Unit anotherUnit(RandomGenerator random, Unit than) {
        Unit other = than;
        while (other == than) {
            other = anyUnit(random);
        }
        return other;
    }

    record Unit(String code, String name, String headTitle, String deputyTitle) {

        Position position(PositionTier tier) {
            String title = switch (tier) {
                case DEPARTMENT_HEAD -> headTitle;
                case DEPARTMENT_DEPUTY_HEAD -> deputyTitle;
                case DIVISION_HEAD -> "Trưởng phòng";
                case DIVISION_DEPUTY_HEAD -> "Phó Trưởng phòng";
                default -> throw new IllegalArgumentException("no " + tier + " post in a unit of the ministry");
            };
            return new Position(title, code, name, tier);
        }
    }

    private static Unit vu(String code, String name) {
        return new Unit(code, name, "Vụ trưởng", "Phó Vụ trưởng");
    }

    private static Unit cuc(String code, String name) {
        return new Unit(code, name, "Cục trưởng", "Phó Cục trưởng");
    }
}
