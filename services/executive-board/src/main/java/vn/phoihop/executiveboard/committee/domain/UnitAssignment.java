package vn.phoihop.executiveboard.committee.domain;

import java.util.Objects;

/** The Standing Committee member who follows an organisational unit and reviews its cases first. */
public record UnitAssignment(String unitCode, String memberId, String unitName) {

    public UnitAssignment {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(memberId, "memberId");
    }

}
