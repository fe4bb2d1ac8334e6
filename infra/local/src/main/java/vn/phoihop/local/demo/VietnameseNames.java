package vn.phoihop.local.demo;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.Set;

/**
 * Full names as Vietnamese officials bear them: family name with its real frequency (Nguyễn about four in ten),
 * a middle name that mostly tells the sex, a given name. Never the same name twice in one demo term; the synthetic
 * terms of infra/testing, too large for that, {@link #draw draw} names that may repeat.
 */
public final class VietnameseNames {

    private static final Weighted<String> FAMILY = new Weighted<String>()
            .add("Nguyễn", 380).add("Trần", 110).add("Lê", 95).add("Phạm", 70).add("Hoàng", 35).add("Huỳnh", 15)
            .add("Phan", 45).add("Vũ", 25).add("Võ", 14).add("Đặng", 21).add("Bùi", 20).add("Đỗ", 14)
            .add("Hồ", 13).add("Ngô", 13).add("Dương", 10).add("Lý", 5);

    private static final Weighted<String> MALE_MIDDLE = new Weighted<String>()
            .add("Văn", 30).add("Hữu", 8).add("Đức", 10).add("Minh", 10).add("Quốc", 8).add("Thanh", 7)
            .add("Ngọc", 5).add("Xuân", 6).add("Mạnh", 4).add("Công", 6).add("Trọng", 5).add("Đình", 8)
            .add("Quang", 6).add("Anh", 3).add("Việt", 4).add("Hồng", 3).add("Tiến", 3).add("Duy", 3);

    private static final Weighted<String> FEMALE_MIDDLE = new Weighted<String>()
            .add("Thị", 40).add("Thu", 8).add("Thanh", 8).add("Ngọc", 6).add("Minh", 5).add("Hồng", 6)
            .add("Kim", 4).add("Phương", 4).add("Thúy", 3).add("Bích", 2).add("Thị Thu", 5).add("Thị Thanh", 4)
            .add("Thị Minh", 3).add("Thị Hồng", 3).add("Thị Kim", 2);

    private static final Weighted<String> MALE_GIVEN = Weighted.evenly("Hùng", "Dũng", "Tuấn", "Hải", "Sơn",
            "Long", "Thắng", "Cường", "Quân", "Bình", "Trung", "Thành", "Hưng", "Nam", "Phong", "Khánh", "Hiếu",
            "Lâm", "Tùng", "Vinh", "Toàn", "Đạt", "Huy", "Hòa", "Kiên", "Tâm", "Phúc", "Thịnh", "Tiến", "Lợi",
            "Chiến", "Thông", "Bảo", "Định", "Nghĩa", "Tú", "Đông", "Giang", "Lực", "Sinh", "Thái", "Hoàn",
            "Khoa", "Quyết", "Trường", "Đức", "Tuyên", "Hoàng");

    private static final Weighted<String> FEMALE_GIVEN = Weighted.evenly("Hương", "Lan", "Hà", "Mai", "Hạnh",
            "Thủy", "Hằng", "Nga", "Huyền", "Linh", "Thảo", "Yến", "Trang", "Hoa", "Nhung", "Dung", "Loan", "Vân",
            "Ngân", "Hiền", "Oanh", "Liên", "Phượng", "Hường", "Thoa", "Anh", "Giang", "Tuyết");

    /** Leaders of department rank in the 2010s: about one in four a woman. */
    private static final int WOMEN_PERCENT = 25;

    private final Random random;
    private final Set<String> used = new HashSet<>();

    VietnameseNames(Random random) {
        this.random = random;
    }

    /** Reserves a name given elsewhere (the Standing Committee's members), so no subject is named alike. */
    void reserve(String fullName) {
        used.add(fullName);
    }

    String next() {
        while (true) {
            String name = draw(random);
            if (hasDiacritics(name) && used.add(name)) {
                return name;
            }
        }
    }

    /** A name, perhaps one drawn before: a term of thousands of cases has namesakes. */
    public static String draw(RandomGenerator random) {
        while (true) {
            boolean woman = random.nextInt(100) < WOMEN_PERCENT;
            String middle = (woman ? FEMALE_MIDDLE : MALE_MIDDLE).draw(random);
            String given = (woman ? FEMALE_GIVEN : MALE_GIVEN).draw(random);
            String family = FAMILY.draw(random);
            // "Nguyễn Đức Đức" is no name; drawing a whole new one keeps the demo term's names as they were
            if (!middle.endsWith(given)) {
                return family + " " + middle + " " + given;
            }
        }
    }

    /** Whether the text has a letter only Vietnamese (or another accented alphabet) writes: ă, ê, ơ, đ, ạ ... */
    static boolean hasDiacritics(String text) {
        return !Normalizer.normalize(text, Normalizer.Form.NFD).equals(text) || text.matches(".*[Đđ].*");
    }
}
