package vn.phoihop.faults;

import java.util.List;

/**
 * The users who take part in a cycle, each through the replicas of his board: the cadre board's secretariat, the
 * Standing Committee's secretary and the assigned member, an administrator of the executive board, and the audit's
 * auditor and administrator.
 */
public record Parties(BoardApi clerk, BoardApi committee, BoardApi member, BoardApi executiveAdmin, BoardApi auditor,
        BoardApi auditAdmin) {

    static final String ASSIGNED_MEMBER = "UV-03";

    public static final String UNIT = "VU-TCCB";

    public static Parties of(Cluster cluster) {
        return new Parties(new BoardApi(cluster.cadreBoards(), "clerk", "clerk-demo"),
                new BoardApi(cluster.executiveBoards(), "committee", "committee-demo"),
                new BoardApi(cluster.executiveBoards(), "member", "member-demo"),
                new BoardApi(cluster.executiveBoards(), "admin", "admin-demo"),
                new BoardApi(List.of(cluster.audit()), "auditor", "auditor-demo"),
                new BoardApi(List.of(cluster.audit()), "admin", "admin-demo"));
    }

    /** Seven members; the demo user {@code member} is UV-03, who follows the unit every case of the run is in. */
    public void enterRoster() {
        for (int n = 1; n <= 7; n++) {
            String memberId = "UV-0" + n;
            String username = memberId.equals(ASSIGNED_MEMBER) ? ",\"username\":\"member\"" : "";
            require(this.executiveAdmin.put("/api/members/" + memberId, """
                    {"fullName":"Ủy viên %d","cadreId":"CB-10%d","title":"Ủy viên Ban Thường vụ","active":true%s}"""
                .formatted(n, n, username)), "member " + memberId);
        }
        require(this.executiveAdmin.put("/api/unit-assignments/" + UNIT, """
                {"memberId":"%s"}""".formatted(ASSIGNED_MEMBER)), "unit " + UNIT);
    }

    private static void require(Reply reply, String what) {
        if (!reply.succeeded()) {
            throw new IllegalStateException("Cannot enter the roster's " + what + ": " + reply);
        }
    }

}
