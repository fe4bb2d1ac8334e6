package vn.phoihop.cadreboard.cases.domain;

import java.util.Objects;

import vn.phoihop.regulation.PositionTier;

/** A management position in an organisational unit of the ministry. */
public record Position(String title, String unitCode, String unitName, PositionTier tier) {

    public Position {
        Require.text(title, "title");
        Require.text(unitCode, "unitCode");
        Require.text(unitName, "unitName");
        Objects.requireNonNull(tier, "tier");
    }

    boolean inSameUnitAs(Position other) {
        return unitCode.equals(other.unitCode);
    }

    /** The same post: the same title in the same unit, as a reappointment or an extension keeps. */
    boolean isSamePostAs(Position other) {
        return inSameUnitAs(other) && title.equals(other.title);
    }

}
