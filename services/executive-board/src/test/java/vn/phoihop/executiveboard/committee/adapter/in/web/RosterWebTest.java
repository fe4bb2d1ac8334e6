package vn.phoihop.executiveboard.committee.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.executiveboard.committee.application.AssignUnit;
import vn.phoihop.executiveboard.committee.application.AssignUnitHandler;
import vn.phoihop.executiveboard.committee.application.RosterQueries;
import vn.phoihop.executiveboard.committee.application.SaveMember;
import vn.phoihop.executiveboard.committee.application.SaveMemberHandler;
import vn.phoihop.executiveboard.committee.domain.RosterFixtures;
import vn.phoihop.executiveboard.config.SecurityConfig;
import vn.phoihop.web.WebAutoConfiguration;

/** The roster API's validation; the use cases behind it are stand-ins or the real domain. */
@WebMvcTest({ MemberController.class, UnitAssignmentController.class })
@Import(SecurityConfig.class)
@ImportAutoConfiguration(WebAutoConfiguration.class)
class RosterWebTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    RosterQueries queries;

    @MockitoBean
    SaveMemberHandler saveMember;

    @MockitoBean
    AssignUnitHandler assignUnit;

    @Test
    void savesAMemberUnderTheIdOfThePath() {
        given(saveMember.handle(any())).willAnswer(call -> call.<SaveMember>getArgument(0).member());

        MvcTestResult result = admin("/api/members/UV-08", """
                {"fullName":"Phạm Thị Dung","cadreId":"CB-0108","username":"uv08","title":"Ủy viên","active":true}""");

        assertThat(result).hasStatus(200);
        assertThat(result).bodyJson().extractingPath("$.memberId").isEqualTo("UV-08");
        assertThat(result).bodyJson().extractingPath("$.username").isEqualTo("uv08");
    }

    @Test
    void aMemberNeedsANameAndWhetherTheyAreActive() {
        MvcTestResult result = admin("/api/members/UV-08", """
                {"cadreId":"","username":"not a login"}""");

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson()
            .extractingPath("$.errors[*].field")
            .asArray()
            .containsExactlyInAnyOrder("fullName", "active", "cadreId", "username");
    }

    @Test
    void aMemberIdIsACode() {
        MvcTestResult result = admin("/api/members/UV 08!", """
                {"fullName":"Phạm Thị Dung","active":true}""");

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("memberId");
        assertThat(result).bodyJson().extractingPath("$.errors[0].rule").isEqualTo("Pattern");
    }

    @Test
    void aUnitIsAssignedOnlyToAnActiveMember() {
        given(assignUnit.handle(any())).willAnswer(call -> RosterFixtures.rosterWithFormerMember("UV-09")
            .assign(call.<AssignUnit>getArgument(0).assignment()));

        MvcTestResult result = admin("/api/unit-assignments/VP-TH", """
                {"memberId":"UV-09","unitName":"Phòng Tổng hợp"}""");

        assertThat(result).hasStatus(422);
        assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("member-active");
    }

    @Test
    void anAssignmentNamesItsMember() {
        MvcTestResult result = admin("/api/unit-assignments/VP-TH", "{}");

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("memberId");
    }

    private MvcTestResult admin(String uri, String body) {
        return mvc.put()
            .uri(uri)
            .with(user("admin").roles("ADMIN"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .exchange();
    }

}
