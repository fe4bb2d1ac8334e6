package vn.phoihop.testing.history;

import java.util.random.RandomGenerator;

/**
 * Full names as Vietnamese officials bear them: family name with its real frequency (Nguyễn about four in ten), a
 * middle name that mostly tells the sex, a given name. Names may repeat: a term of this size has namesakes.
 */
final class VietnameseNames {

    private static final Weighted<String> FAMILY = new Weighted<String>()
            .add("Nguyễn", 380).add("Trần", 110).add("Lê", 95).add("Phạm", 70).add("Hoàng", 35).add("Huỳnh", 15)
            .add("Phan", 45).add("Vũ", 25).add("Võ", 14).add("Đặng", 21).add("Bùi", 20).add("Đỗ", 14)
            .add("Hồ", 13).add("Ngô", 13).add("Dương", 10).add("Lý", 5);

    private static final Weighted<String> MALE_MIDDLE = new Weighted<String>()
            .add("Văn", 30).add("Hữu", 8).add("Đức", 10).add("Minh", 10).add("Quốc", 8).add("Thanh", 7)
            .add("Ngọc", 5).add("Xuân", 6).add("Mạnh", 4).add("Công", 6).add("Trọng", 5).add("Đình", 8)
            .add("Quang", 6).add("Việt", 4).add("Tiến", 3).add("Duy", 3);

    private static final Weighted<String> FEMALE_MIDDLE = new Weighted<String>()
            .add("Thị", 40).add("Thu", 8).add("Thanh", 8).add("Ngọc", 6).add("Minh", 5).add("Hồng", 6)
            .add("Kim", 4).add("Phương", 4).add("Thị Thu", 5).add("Thị Thanh", 4).add("Thị Minh", 3);

    private static final Weighted<String> MALE_GIVEN = Weighted.evenly("Hùng", "Dũng", "Tuấn", "Hải", "Sơn",
            "Long", "Thắng", "Cường", "Quân", "Bình", "Trung", "Thành", "Hưng", "Nam", "Phong", "Khánh", "Hiếu",
            "Lâm", "Tùng", "Vinh", "Toàn", "Đạt", "Huy", "Hòa", "Kiên", "Tâm", "Phúc", "Thịnh", "Lợi", "Chiến",
            "Thông", "Bảo", "Định", "Nghĩa", "Tú", "Đông", "Giang", "Thái", "Khoa", "Quyết", "Trường");

    private static final Weighted<String> FEMALE_GIVEN = Weighted.evenly("Hương", "Lan", "Hà", "Mai", "Hạnh",
            "Thủy", "Hằng", "Nga", "Huyền", "Linh", "Thảo", "Yến", "Trang", "Hoa", "Nhung", "Dung", "Loan", "Vân",
            "Ngân", "Hiền", "Oanh", "Liên", "Phượng", "Hường", "Thoa", "Tuyết");

    /** Leaders of department rank: about one in four a woman. */
    private static final int WOMEN_PERCENT = 25;

    private VietnameseNames() {
    }

    static String draw(RandomGenerator random) {
        boolean woman = random.nextInt(100) < WOMEN_PERCENT;
        String middle = (woman ? FEMALE_MIDDLE : MALE_MIDDLE).draw(random);
        String given = (woman ? FEMALE_GIVEN : MALE_GIVEN).draw(random);
        return FAMILY.draw(random) + " " + middle + " " + given;
    }
}
