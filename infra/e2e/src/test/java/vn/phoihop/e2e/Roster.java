package vn.phoihop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Standing Committee as an administrator enters it: seven members, UV-03 signing in as the demo user
 * {@code member} and following the units the tests' cases belong to.
 */
public final class Roster {

    static final String ASSIGNED = "UV-03";

    private Roster() {
    }

    public static void enter(Api admin) {
        for (int n = 1; n <= 7; n++) {
            String memberId = "UV-0" + n;
            String username = memberId.equals(ASSIGNED) ? ",\"username\":\"member\"" : "";
            assertThat(admin.put("/api/members/" + memberId, """
                    {"fullName":"Ủy viên %d","cadreId":"CB-10%d","title":"Ủy viên Ban Thường vụ","active":true%s}"""
                .formatted(n, n, username)).status()).as("member %s", memberId).isEqualTo(200);
        }
        for (String unit : new String[] { "VU-TCCB", "BO-KHDT" }) {
            assertThat(admin.put("/api/unit-assignments/" + unit, """
                    {"memberId":"%s"}""".formatted(ASSIGNED)).status()).as("unit %s", unit).isEqualTo(200);
        }
    }

}
