package vn.phoihop.cadreboard.cases.domain;

import java.util.Objects;

public record Position(String title, String unitCode, String unitName, PositionTier tier) {

    public Position {
        Require.text(title, "title");
        Require.text(unitCode, "unitCode");
        Require.text(unitName, "unitName");
        Objects.requireNonNull(tier, "tier");
    }

}
