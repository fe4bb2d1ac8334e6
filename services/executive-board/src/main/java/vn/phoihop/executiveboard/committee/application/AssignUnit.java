package vn.phoihop.executiveboard.committee.application;

import vn.phoihop.executiveboard.committee.domain.UnitAssignment;

/** Give a unit to the member who follows it from now on. */
public record AssignUnit(UnitAssignment assignment) {
}
