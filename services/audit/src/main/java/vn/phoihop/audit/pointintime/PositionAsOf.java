package vn.phoihop.audit.pointintime;

import vn.phoihop.events.Position;
import vn.phoihop.events.PositionTier;

/** A position a proposal names. */
public record PositionAsOf(String title, String unitCode, String unitName, PositionTier tier) {

    static PositionAsOf of(Position position) {
        return position == null ? null
                : new PositionAsOf(position.getTitle(), position.getUnitCode(), position.getUnitName(),
                        position.getTier());
    }
}
