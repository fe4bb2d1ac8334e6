package vn.phoihop.executiveboard.committee.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.phoihop.executiveboard.committee.application.AssignUnit;
import vn.phoihop.executiveboard.committee.domain.UnitAssignment;

record UnitAssignmentRequest(@NotBlank @Size(max = 40) String memberId, @Size(max = 300) String unitName) {

    AssignUnit toCommand(String unitCode) {
        return new AssignUnit(new UnitAssignment(unitCode, memberId, unitName));
    }

}
