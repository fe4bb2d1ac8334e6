package vn.phoihop.executiveboard.committee.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A Standing Committee of seven: members UV-01 to UV-07, logging in as uv01 to uv07, who are cadres CB-0101 to
 * CB-0107. UV-03 follows VU-TCCB, UV-05 follows VU-KH; nobody follows VP-TH yet.
 */
public final class RosterFixtures {

    public static final String TCCB = "VU-TCCB";

    public static final String KH = "VU-KH";

    public static final String UNFOLLOWED = "VP-TH";

    private RosterFixtures() {
    }

    public static List<Member> sevenMembers() {
        return IntStream.rangeClosed(1, 7).mapToObj(RosterFixtures::member).toList();
    }

    public static Member member(int number) {
        String two = String.format("%02d", number);
        return new Member("UV-" + two, "Thành viên " + two, "CB-01" + two, "uv" + two, "Ủy viên Ban Thường vụ", true);
    }

    public static List<UnitAssignment> assignments() {
        return List.of(new UnitAssignment(TCCB, "UV-03", "Vụ Tổ chức cán bộ"), new UnitAssignment(KH, "UV-05",
                "Vụ Kế hoạch"));
    }

    public static Roster roster() {
        return new Roster(sevenMembers(), assignments());
    }

    /** The seven, with one more member who has left the committee. */
    public static Roster rosterWithFormerMember(String memberId) {
        List<Member> members = new ArrayList<>(sevenMembers());
        members.add(new Member(memberId, "Nguyên ủy viên", "CB-0199", "former", null, false));
        return new Roster(members, assignments());
    }

}
