package vn.phoihop.executiveboard.committee.application;

import vn.phoihop.executiveboard.committee.domain.Member;

/** Add a member to the roster or change one. */
public record SaveMember(Member member) {
}
