package vn.phoihop.local.demo;

import java.util.Random;

import vn.phoihop.local.demo.Ministry.Unit;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.PositionTier;

/** Which post a case is about and, where the kind needs it, the post the cadre holds now. */
final class Postings {

    private final Random random;

    Postings(Random random) {
        this.random = random;
    }

    /** The post held now and the post proposed; either is null where the kind has none. */
    record Posts(Position current, Position target) {
    }

    Posts of(ActionKind kind, boolean deputyMinister) {
        if (deputyMinister) {
            Position minister = Ministry.LEADERSHIP.position(PositionTier.DEPUTY_MINISTER);
            return new Posts(kind == ActionKind.APPOINTMENT ? null : minister, minister);
        }
        PositionTier tier = percent(30) ? PositionTier.DEPARTMENT_HEAD : PositionTier.DEPARTMENT_DEPUTY_HEAD;
        Unit unit = unit(tier, null);
        Position target = unit.position(tier);
        return switch (kind) {
            case APPOINTMENT, RECEPTION_AND_APPOINTMENT -> new Posts(null, target);
            case REAPPOINTMENT, TENURE_EXTENSION -> new Posts(target, target);
            case TRANSFER_AND_APPOINTMENT -> new Posts(transferredFrom(tier, unit), target);
            default -> throw new IllegalArgumentException("the term has no " + kind + " cases");
        };
    }

    /** A head comes from a deputy's post elsewhere; a deputy from a deputy's or a division head's post. */
    private Position transferredFrom(PositionTier targetTier, Unit targetUnit) {
        PositionTier from = targetTier == PositionTier.DEPARTMENT_HEAD || random.nextBoolean()
                ? PositionTier.DEPARTMENT_DEPUTY_HEAD : PositionTier.DIVISION_HEAD;
        return unit(from, targetUnit).position(from);
    }

    private Unit unit(PositionTier tier, Unit other) {
        Weighted<Unit> units = new Weighted<>();
        Ministry.UNITS.stream().filter(unit -> unit.has(tier) && unit != other)
                .forEach(unit -> units.add(unit, unit.weight()));
        return units.draw(random);
    }

    private boolean percent(int chance) {
        return random.nextInt(100) < chance;
    }
}
