package vn.phoihop.local.demo;

import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

import vn.phoihop.local.demo.Round.Outcome;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.PositionTier;

/**
 * The Vietnamese the secretariat and the committee write: rationales, notes, questions, reasons. The synthetic terms
 * of infra/testing write their rationales and agreeing notes with it too, hence the public part.
 */
public final class Texts {

    static final String HIGHER_AUTHORITY = "Ban cán sự đảng Chính phủ, Thủ tướng Chính phủ";
    static final String PRIME_MINISTER = "Thủ tướng Chính phủ";

    private static final List<String> QUALITIES = List.of(
            "Có phẩm chất chính trị vững vàng, đạo đức lối sống trong sáng, năng lực công tác tốt.",
            "Có bản lĩnh chính trị, năng lực tham mưu tổng hợp và điều hành; đoàn kết, được cán bộ tín nhiệm.",
            "Có trình độ chuyên môn sâu, nhiều năm tham gia xây dựng chiến lược, kế hoạch phát triển kinh tế - "
                    + "xã hội.",
            "Nhiệt tình, trách nhiệm, có khả năng quy tụ, đoàn kết cán bộ; hoàn thành xuất sắc nhiệm vụ được giao.");

    private static final List<String> AGREEING_NOTES = List.of(
            "Đồng chí đủ tiêu chuẩn, điều kiện; chi bộ nơi sinh hoạt nhận xét tốt. Đề nghị Ban Thường vụ đồng ý.",
            "Qua nắm tình hình tại đơn vị, cán bộ có uy tín, nội bộ đoàn kết. Đề nghị Ban Thường vụ đồng ý.",
            "Hồ sơ đầy đủ, quy trình thực hiện đúng quy định. Đề nghị Ban Thường vụ đồng ý.");

    private static final List<List<String>> QUESTIONS_AND_ANSWERS = List.of(
            List.of("Đề nghị làm rõ kết quả xác minh đơn phản ánh liên quan đến cán bộ gửi Đảng ủy cơ quan.",
                    "Vụ Tổ chức cán bộ đã xác minh; nội dung phản ánh không có cơ sở (báo cáo xác minh kèm theo)."),
            List.of("Đề nghị cung cấp nhận xét của chi ủy nơi cư trú đối với cán bộ.",
                    "Đã bổ sung nhận xét của chi ủy nơi cư trú: chấp hành tốt chủ trương, chính sách, quy định."),
            List.of("Đề nghị cho biết kết quả lấy phiếu giới thiệu ở vòng hai tại hội nghị cán bộ chủ chốt.",
                    "Ở vòng hai cán bộ đạt trên 70% phiếu giới thiệu của hội nghị cán bộ chủ chốt "
                            + "(biên bản kèm theo)."),
            List.of("Đề nghị bổ sung văn bằng lý luận chính trị cao cấp của cán bộ.",
                    "Cán bộ đã tốt nghiệp cao cấp lý luận chính trị; bản sao văn bằng có chứng thực kèm theo."));

    private Texts() {
    }

    /** Why the proposal; {@code current} is needed by transfers and rotations only. */
    public static String rationale(RandomGenerator random, ActionKind kind, Position target, Position current,
            int year) {
        String quality = pick(random, QUALITIES);
        int voters = 15 + random.nextInt(30);
        int votes = voters - random.nextInt(voters / 4 + 1);
        String trust = " Kết quả lấy phiếu tín nhiệm: " + votes + "/" + voters + " phiếu đồng ý.";
        String nominated = " Được hội nghị cán bộ chủ chốt giới thiệu với " + votes + "/" + voters + " phiếu.";
        if (target.tier() == PositionTier.DEPUTY_MINISTER) {
            return kind == ActionKind.APPOINTMENT
                    ? "Đề nghị " + HIGHER_AUTHORITY + " xem xét bổ nhiệm giữ chức Thứ trưởng " + Ministry.NAME + ". "
                            + quality + nominated
                    : "Hết thời hạn 5 năm giữ chức Thứ trưởng; hoàn thành tốt các lĩnh vực được phân công phụ trách. "
                            + "Đề nghị " + HIGHER_AUTHORITY + " xem xét bổ nhiệm lại." + trust;
        }
        String post = post(target);
        return switch (kind) {
            case APPOINTMENT -> quality + " Nằm trong quy hoạch chức danh " + post + "." + nominated;
            case REAPPOINTMENT -> "Hết thời hạn giữ chức vụ " + post + " theo quyết định bổ nhiệm năm " + (year - 5)
                    + ". Trong thời gian giữ chức vụ hoàn thành tốt nhiệm vụ; đơn vị đạt danh hiệu tập thể lao động "
                    + "xuất sắc." + trust;
            case TENURE_EXTENSION -> "Hết thời hạn giữ chức vụ " + post + "; còn dưới hai năm công tác đến tuổi nghỉ "
                    + "hưu, đủ sức khỏe và uy tín. Đề nghị kéo dài thời gian giữ chức vụ đến khi đủ tuổi nghỉ hưu.";
            case TRANSFER_AND_APPOINTMENT -> "Kiện toàn lãnh đạo " + target.unitName() + ". Đồng chí hiện là "
                    + post(current) + ", có " + (8 + random.nextInt(15))
                    + " năm kinh nghiệm; đáp ứng tiêu chuẩn chức danh " + target.title() + ". " + quality;
            case RECEPTION_AND_APPOINTMENT -> "Tiếp nhận từ " + pick(random, Ministry.OUTSIDE_ORGANISATIONS)
                    + " về công tác tại " + target.unitName() + ", cơ quan cũ đã đồng ý cho chuyển công tác. "
                    + quality + nominated;
            // the demo term has no transfers or rotations; the synthetic terms do
            case TRANSFER -> "Điều động để tăng cường cán bộ lãnh đạo cho " + target.unitName() + " theo yêu cầu "
                    + "nhiệm vụ. Đồng chí hiện là " + post(current) + ", giữ nguyên chức vụ và phụ cấp chức vụ. "
                    + quality;
            case ROTATION -> "Luân chuyển theo kế hoạch luân chuyển cán bộ lãnh đạo năm " + year + " của Ban Cán sự "
                    + "đảng " + Ministry.NAME + " nhằm đào tạo, rèn luyện qua thực tiễn. Đồng chí hiện là "
                    + post(current) + ". " + quality;
            default -> throw new IllegalArgumentException("the term has no " + kind + " cases");
        };
    }

    /** "Vụ trưởng Vụ Pháp chế", but "Chánh Thanh tra Bộ", not "Chánh Thanh tra Thanh tra Bộ". */
    static String post(Position position) {
        String title = position.title();
        String unit = position.unitName();
        for (int cut = title.indexOf(' '); cut > 0; cut = title.indexOf(' ', cut + 1)) {
            if (unit.startsWith(title.substring(cut + 1) + " ")) {
                return title.substring(0, cut + 1) + unit;
            }
        }
        return title + " " + unit;
    }

    static String reviewNote(Random random, Outcome recommendation) {
        return switch (recommendation) {
            case AGREE -> agreeingNote(random);
            case AGREE_WITH_CONDITIONS -> "Đồng ý về chủ trương; hồ sơ còn thiếu bản kê khai tài sản, thu nhập. "
                    + "Đề nghị bổ sung trước khi quyết định.";
            case DISAGREE -> "Đơn phản ánh về cán bộ gửi Đảng ủy cơ quan chưa được xác minh, kết luận. "
                    + "Đề nghị Ban Thường vụ chưa đồng ý.";
            case REQUEST_INFORMATION -> "Hồ sơ chưa đủ để Ban Thường vụ cho ý kiến; đề nghị Ban Cán sự đảng "
                    + "cung cấp thêm thông tin.";
        };
    }

    public static String agreeingNote(RandomGenerator random) {
        return pick(random, AGREEING_NOTES);
    }

    static String conditions(int year) {
        return "Bổ sung bản kê khai tài sản, thu nhập năm " + year + " và nhận xét của chi ủy nơi cư trú vào hồ sơ "
                + "trước khi Ban Cán sự đảng quyết định.";
    }

    static String amendmentAfterConditions() {
        return "Bổ sung hồ sơ theo điều kiện của Ban Thường vụ Đảng ủy: bản kê khai tài sản, thu nhập và nhận xét "
                + "của chi ủy nơi cư trú.";
    }

    static String amendmentBeforeOpinion() {
        return "Điều chỉnh thời điểm dự kiến bổ nhiệm cho phù hợp với thời điểm kiện toàn tổ chức của đơn vị.";
    }

    /** One or two questions with their answers, as [question, answer] pairs. */
    static List<List<String>> questionsAndAnswers(Random random) {
        int first = random.nextInt(QUESTIONS_AND_ANSWERS.size());
        List<String> one = QUESTIONS_AND_ANSWERS.get(first);
        return random.nextBoolean() ? List.of(one)
                : List.of(one, QUESTIONS_AND_ANSWERS.get((first + 1) % QUESTIONS_AND_ANSWERS.size()));
    }

    static String withdrawal(Story story) {
        return story == Story.WITHDRAWN_AFTER_OPINION
                ? "Cán bộ được cử đi học tập trung dài hạn ở nước ngoài; đơn vị đề nghị dừng quy trình bổ nhiệm."
                : "Phương án kiện toàn tổ chức của đơn vị thay đổi theo quy định mới về chức năng, nhiệm vụ của Bộ; "
                        + "dừng quy trình để xây dựng lại phương án nhân sự.";
    }

    static String contraryJustification() {
        return "Ban Cán sự đảng đã nghiên cứu ý kiến của Ban Thường vụ Đảng ủy. Nội dung đơn phản ánh đã được Vụ Tổ "
                + "chức cán bộ và Thanh tra Bộ xác minh, kết luận không có cơ sở; cán bộ đáp ứng đầy đủ tiêu chuẩn, "
                + "điều kiện và được tập thể lãnh đạo đơn vị tín nhiệm cao. Ban Cán sự đảng quyết định bổ nhiệm và "
                + "thông báo bằng văn bản để Ban Thường vụ Đảng ủy biết.";
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
