package vn.phoihop.executiveboard.committee.application;

import java.util.List;

import vn.phoihop.executiveboard.committee.domain.UnitAssignment;

/** Where the assignments of units to members are kept, one per unit. */
public interface UnitAssignments {

    /** Every assignment, by unit code. */
    List<UnitAssignment> all();

    /** Adds the assignment or replaces the unit's previous one. */
    void save(UnitAssignment assignment);

}
