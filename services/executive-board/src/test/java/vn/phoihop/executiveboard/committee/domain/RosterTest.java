package vn.phoihop.executiveboard.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RosterTest {

    @Test
    void routesAUnitToTheActiveMemberWhoFollowsIt() {
        Roster roster = RosterFixtures.roster();

        assertThat(roster.memberFollowing(RosterFixtures.TCCB)).contains("UV-03");
        assertThat(roster.memberFollowing(RosterFixtures.UNFOLLOWED)).isEmpty();
        assertThat(roster.memberFollowing(null)).isEmpty();
    }

    @Test
    void aMemberWhoLeftTheCommitteeFollowsNoUnitAndActsForNobody() {
        Member left = new Member("UV-03", "Thành viên 03", "CB-0103", "uv03", null, false);
        Roster roster = new Roster(List.of(left, RosterFixtures.member(5)), RosterFixtures.assignments());

        assertThat(roster.memberFollowing(RosterFixtures.TCCB)).isEmpty();
        assertThat(roster.actingAs("uv03")).isEmpty();
        assertThat(roster.memberWhoIs("CB-0103")).isEmpty();
        assertThat(roster.activeMembers()).isEqualTo(1);
    }

    @Test
    void assignsAUnitOnlyToAnActiveMember() {
        Roster roster = RosterFixtures.rosterWithFormerMember("UV-09");

        assertThat(roster.assign(new UnitAssignment(RosterFixtures.UNFOLLOWED, "UV-07", "Phòng Tổng hợp")))
            .isEqualTo(new UnitAssigned(RosterFixtures.UNFOLLOWED, "UV-07"));
        assertThatThrownBy(() -> roster.assign(new UnitAssignment(RosterFixtures.UNFOLLOWED, "UV-09", null)))
            .isInstanceOf(RosterRefused.class)
            .hasMessage("Member UV-09 is not an active member of the Standing Committee (7 active); unit VP-TH "
                    + "cannot be assigned to them.")
            .extracting("rule")
            .isEqualTo("member-active");
        assertThatThrownBy(() -> roster.assign(new UnitAssignment(RosterFixtures.UNFOLLOWED, "UV-42", null)))
            .isInstanceOf(RosterRefused.class)
            .extracting("rule")
            .isEqualTo("member-active");
    }

    @Test
    void noTwoMembersShareALoginOrACadre() {
        Roster roster = RosterFixtures.roster();

        assertThatThrownBy(() -> roster.admit(new Member("UV-08", "Thành viên 08", null, "uv03", null, true)))
            .isInstanceOf(RosterRefused.class)
            .hasMessage("The user name of member UV-08 is already the login of member UV-03.")
            .extracting("rule")
            .isEqualTo("member-unique");
        assertThatThrownBy(() -> roster.admit(new Member("UV-08", "Thành viên 08", "CB-0103", null, null, true)))
            .isInstanceOf(RosterRefused.class)
            .hasMessage("Cadre CB-0103 is already member UV-03.");
        assertThat(roster.admit(new Member("UV-03", "Thành viên 03", "CB-0103", "uv03", "Phó Bí thư", true)))
            .extracting(Member::title)
            .isEqualTo("Phó Bí thư");
    }

    @Test
    void aMemberIsNeverLoggedByName() {
        assertThat(RosterFixtures.member(1).toString()).isEqualTo("Member[UV-01]").doesNotContain("Thành viên");
    }

}
