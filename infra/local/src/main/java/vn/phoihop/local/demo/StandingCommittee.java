package vn.phoihop.local.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import vn.phoihop.local.demo.Ministry.Unit;
import vn.phoihop.local.demo.TermPlan.Assignment;
import vn.phoihop.local.demo.TermPlan.Member;

/**
 * The executive board's Standing Committee of the term (fictional people): a secretary who is also a deputy
 * minister, two deputy secretaries, four members; each logs in as uvNN and follows some units.
 */
final class StandingCommittee {

    static final String SECRETARY = "UV-01";

    private static final List<List<String>> MEMBERS = List.of(
            List.of("Phạm Đức Thắng", "Bí thư Đảng ủy"),
            List.of("Nguyễn Thị Thu Hà", "Phó Bí thư Thường trực Đảng ủy"),
            List.of("Trần Minh Tuấn", "Phó Bí thư Đảng ủy"),
            List.of("Lê Quang Vinh", "Ủy viên Ban Thường vụ Đảng ủy"),
            List.of("Hoàng Thị Lan", "Ủy viên Ban Thường vụ Đảng ủy"),
            List.of("Vũ Đình Hải", "Ủy viên Ban Thường vụ Đảng ủy"),
            List.of("Bùi Ngọc Sơn", "Ủy viên Ban Thường vụ Đảng ủy"));

    private StandingCommittee() {
    }

    static String secretaryName() {
        return MEMBERS.getFirst().getFirst();
    }

    static List<String> names() {
        return MEMBERS.stream().map(List::getFirst).toList();
    }

    /**
     * The roster; the secretary's cadre id is the one the ministry gave him as the subject of a case, the others
     * are serving officials outside the term's cases.
     */
    static List<Member> roster(String secretaryCadreId) {
        List<Member> roster = new ArrayList<>();
        for (int i = 0; i < MEMBERS.size(); i++) {
            String memberId = memberId(i);
            String cadreId = i == 0 ? secretaryCadreId : String.format("CB-09%02d", i);
            roster.add(new Member(memberId, MEMBERS.get(i).get(0), cadreId, "uv" + memberId.substring(3),
                    MEMBERS.get(i).get(1)));
        }
        return roster;
    }

    /**
     * Every unit to one member in turn; the deputy ministers to the first deputy secretary, since the secretary
     * is himself a deputy minister.
     */
    static List<Assignment> assignments() {
        List<Assignment> assignments = new ArrayList<>();
        assignments.add(new Assignment(Ministry.LEADERSHIP.code(), Ministry.LEADERSHIP.name(), memberId(1)));
        for (int i = 0; i < Ministry.UNITS.size(); i++) {
            Unit unit = Ministry.UNITS.get(i);
            assignments.add(new Assignment(unit.code(), unit.name(), memberId(i % MEMBERS.size())));
        }
        return assignments;
    }

    static List<String> memberIds() {
        return IntStream.range(0, MEMBERS.size()).mapToObj(StandingCommittee::memberId).toList();
    }

    private static String memberId(int index) {
        return String.format("UV-%02d", index + 1);
    }
}
