package vn.phoihop.executiveboard.committee.domain;

/** A unit has a member to follow it from now on; consultations of the unit waiting for one get the member. */
public record UnitAssigned(String unitCode, String memberId) {
}
