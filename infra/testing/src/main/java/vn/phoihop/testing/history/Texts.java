package vn.phoihop.testing.history;

import java.util.List;
import java.util.random.RandomGenerator;

import vn.phoihop.events.ActionKind;
import vn.phoihop.events.Position;
import vn.phoihop.events.PositionTier;

/**
 * The Vietnamese the secretariat and the committee write, at the length they write it: a rationale of a few hundred
 * characters, a review note of one or two sentences.
 */
final class Texts {

    private static final List<String> QUALITIES = List.of(
            "Có phẩm chất chính trị vững vàng, đạo đức lối sống trong sáng, năng lực công tác tốt.",
            "Có bản lĩnh chính trị, năng lực tham mưu tổng hợp và điều hành; đoàn kết, được cán bộ tín nhiệm.",
            "Có trình độ chuyên môn sâu, nhiều năm tham gia xây dựng chiến lược, kế hoạch phát triển kinh tế - "
                    + "xã hội.",
            "Nhiệt tình, trách nhiệm, có khả năng quy tụ, đoàn kết cán bộ; hoàn thành xuất sắc nhiệm vụ được giao.");

    private static final List<String> PROCEDURE = List.of(
            " Quy trình nhân sự thực hiện đúng quy định của Bộ Chính trị và Quy chế công tác cán bộ của Bộ; hồ sơ "
                    + "đã được Vụ Tổ chức cán bộ thẩm định đầy đủ.",
            " Đồng chí đã kê khai tài sản, thu nhập theo quy định; không có đơn thư khiếu nại, tố cáo; chi ủy nơi "
                    + "cư trú có nhận xét tốt.",
            " Đơn vị đã tổ chức hội nghị cán bộ chủ chốt và lấy phiếu tín nhiệm đúng quy trình; phiếu được niêm "
                    + "phong, lưu giữ theo quy định.");

    private static final List<String> AGREEING_NOTES = List.of(
            "Đồng chí đủ tiêu chuẩn, điều kiện; chi bộ nơi sinh hoạt nhận xét tốt. Đề nghị Ban Thường vụ đồng ý.",
            "Qua nắm tình hình tại đơn vị, cán bộ có uy tín, nội bộ đoàn kết. Đề nghị Ban Thường vụ đồng ý.",
            "Hồ sơ đầy đủ, quy trình thực hiện đúng quy định. Đề nghị Ban Thường vụ đồng ý.");

    private Texts() {
    }

    static String rationale(RandomGenerator random, ActionKind kind, Position current, Position target, int year) {
        String quality = pick(random, QUALITIES);
        int voters = 15 + random.nextInt(30);
        int votes = voters - random.nextInt(voters / 4 + 1);
        String trust = " Kết quả lấy phiếu tín nhiệm: " + votes + "/" + voters + " phiếu đồng ý.";
        String nominated = " Được hội nghị cán bộ chủ chốt giới thiệu với " + votes + "/" + voters + " phiếu.";
        String why = switch (kind) {
            case APPOINTMENT -> "Kiện toàn chức danh " + post(target) + " còn khuyết. " + quality
                    + " Nằm trong quy hoạch chức danh " + post(target) + "." + nominated;
            case REAPPOINTMENT -> "Hết thời hạn giữ chức vụ " + post(target) + " theo quyết định bổ nhiệm năm "
                    + (year - 5) + ". Trong thời gian giữ chức vụ hoàn thành tốt nhiệm vụ; đơn vị đạt danh hiệu tập "
                    + "thể lao động xuất sắc." + trust;
            case TENURE_EXTENSION -> "Hết thời hạn giữ chức vụ " + post(current) + "; còn dưới hai năm công tác đến "
                    + "tuổi nghỉ hưu, đủ sức khỏe và uy tín. Đề nghị kéo dài thời gian giữ chức vụ đến khi đủ tuổi "
                    + "nghỉ hưu." + trust;
            case TRANSFER -> "Điều động để tăng cường cán bộ lãnh đạo cho " + target.getUnitName() + " theo yêu cầu "
                    + "nhiệm vụ. Đồng chí hiện là " + post(current) + ", giữ nguyên chức vụ và phụ cấp chức vụ. "
                    + quality;
            case TRANSFER_AND_APPOINTMENT -> "Kiện toàn lãnh đạo " + target.getUnitName() + ". Đồng chí hiện là "
                    + post(current) + ", có " + (8 + random.nextInt(15)) + " năm kinh nghiệm; đáp ứng tiêu chuẩn "
                    + "chức danh " + target.getTitle() + ". " + quality;
            case RECEPTION_AND_APPOINTMENT -> "Tiếp nhận từ " + pick(random, Ministry.OUTSIDE_ORGANISATIONS)
                    + " về công tác tại " + target.getUnitName() + ", cơ quan cũ đã đồng ý cho chuyển công tác. "
                    + quality + nominated;
            case ROTATION -> "Luân chuyển theo kế hoạch luân chuyển cán bộ lãnh đạo năm " + year + " của Ban Cán sự "
                    + "đảng " + Ministry.NAME + " nhằm đào tạo, rèn luyện qua thực tiễn. Đồng chí hiện là "
                    + post(current) + ". " + quality;
            default -> throw new IllegalArgumentException("the synthetic term has no " + kind + " cases");
        };
        return why + pick(random, PROCEDURE);
    }

    static String reviewNote(RandomGenerator random) {
        return pick(random, AGREEING_NOTES);
    }

    /** "Vụ trưởng Vụ Pháp chế", "Chánh Thanh tra Bộ" (not "Chánh Thanh tra Thanh tra Bộ"), "Trưởng phòng thuộc ...". */
    static String post(Position position) {
        String title = position.getTitle();
        String unit = position.getUnitName();
        PositionTier tier = position.getTier();
        if (tier == PositionTier.DIVISION_HEAD || tier == PositionTier.DIVISION_DEPUTY_HEAD) {
            return title + " thuộc " + unit;
        }
        for (int cut = title.indexOf(' '); cut > 0; cut = title.indexOf(' ', cut + 1)) {
            if (unit.startsWith(title.substring(cut + 1) + " ")) {
                return title.substring(0, cut + 1) + unit;
            }
        }
        return title + " " + unit;
    }

    private static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
