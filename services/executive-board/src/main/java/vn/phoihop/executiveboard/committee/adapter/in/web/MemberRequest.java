package vn.phoihop.executiveboard.committee.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.phoihop.executiveboard.committee.application.SaveMember;
import vn.phoihop.executiveboard.committee.domain.Member;

/**
 * A member as the administrator enters them. {@code cadreId} marks the member as the subject of cases on that
 * cadre; {@code username} is the login that reviews as this member.
 */
record MemberRequest(@NotBlank @Size(max = 200) String fullName, @Size(min = 1, max = 40) String cadreId,
        @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}") String username, @Size(max = 200) String title,
        @NotNull Boolean active) {

    SaveMember toCommand(String memberId) {
        return new SaveMember(new Member(memberId, fullName, cadreId, username, title, active));
    }

}
