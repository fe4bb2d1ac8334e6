package vn.phoihop.testing.history;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import vn.phoihop.events.ActionKind;
import vn.phoihop.events.Cadre;
import vn.phoihop.events.Position;
import vn.phoihop.events.PositionTier;
import vn.phoihop.regulation.DecidingAuthority;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.testing.history.Ministry.Unit;

/**
 * Draws the proposals of the term: the kinds of action the cadre board decides itself, on posts of the tiers the
 * regulation leaves to it, each with exactly the fields its kind needs (the table of docs/protocol.md).
 */
final class Proposals {

    private static final Weighted<ActionKind> KINDS = new Weighted<ActionKind>()
        .add(ActionKind.APPOINTMENT, 30)
        .add(ActionKind.REAPPOINTMENT, 25)
        .add(ActionKind.TRANSFER_AND_APPOINTMENT, 12)
        .add(ActionKind.RECEPTION_AND_APPOINTMENT, 6)
        .add(ActionKind.TENURE_EXTENSION, 6)
        .add(ActionKind.ROTATION, 11)
        .add(ActionKind.TRANSFER, 10);

    private static final Map<PositionTier, Integer> TIER_WEIGHTS = Map.of(PositionTier.DEPARTMENT_HEAD, 2,
            PositionTier.DEPARTMENT_DEPUTY_HEAD, 4, PositionTier.DIVISION_HEAD, 3,
            PositionTier.DIVISION_DEPUTY_HEAD, 3);

    private static final int FULL_TERM_YEARS = 5;

    private final Regulation regulation;

    private final Map<ActionKind, Weighted<PositionTier>> tiersDecidedByTheBoard = new EnumMap<>(ActionKind.class);

    Proposals(Regulation regulation) {
        this.regulation = regulation;
    }

    Proposal draw(RandomGenerator random, long caseNumber, LocalDate requestDate) {
        ActionKind kind = KINDS.draw(random);
        PositionTier tier = tiersDecidedByTheBoard.computeIfAbsent(kind, this::tiersDecidedByTheBoard).draw(random);
        Cadre subject = new Cadre("CB-%07d".formatted(caseNumber + 1), VietnameseNames.draw(random));
        Unit unit = Ministry.anyUnit(random);
        Position post = unit.position(tier);
        Position elsewhere = Ministry.anotherUnit(random, unit).position(tier);
        LocalDate effective = requestDate.plusDays(45).with(TemporalAdjusters.firstDayOfNextMonth());
        int year = requestDate.getYear();
        return switch (kind) {
            case APPOINTMENT, RECEPTION_AND_APPOINTMENT -> proposal(random, kind, subject, null, post, effective,
                    FULL_TERM_YEARS, year);
            case REAPPOINTMENT -> proposal(random, kind, subject, post, post, effective, FULL_TERM_YEARS, year);
            case TENURE_EXTENSION -> proposal(random, kind, subject, post, null, effective, 1 + random.nextInt(2),
                    year);
            case TRANSFER -> proposal(random, kind, subject, elsewhere, post, effective, null, year);
            case ROTATION -> proposal(random, kind, subject, elsewhere, post, effective, 3, year);
            case TRANSFER_AND_APPOINTMENT -> proposal(random, kind, subject,
                    Ministry.anotherUnit(random, unit).position(below(tier)), post, effective, FULL_TERM_YEARS, year);
            default -> throw new IllegalStateException("the synthetic term has no " + kind + " cases");
        };
    }

    private Weighted<PositionTier> tiersDecidedByTheBoard(ActionKind kind) {
        var rules = regulation.rulesFor(vn.phoihop.regulation.ActionKind.valueOf(kind.name()));
        Weighted<PositionTier> tiers = new Weighted<>();
        TIER_WEIGHTS.keySet()
            .stream()
            .sorted()
            .filter(tier -> rules.authorityFor(vn.phoihop.regulation.PositionTier.valueOf(tier.name()))
                    == DecidingAuthority.CADRE_BOARD)
            .forEach(tier -> tiers.add(tier, TIER_WEIGHTS.get(tier)));
        return tiers;
    }

    private static Proposal proposal(RandomGenerator random, ActionKind kind, Cadre subject, Position current,
            Position target, LocalDate effective, Integer termYears, int year) {
        return new Proposal(kind, subject, current, target, effective, termYears,
                Texts.rationale(random, kind, current, target, year), Dossiers.submission(random, kind, subject));
    }

    /** Where someone transferred and appointed to a post comes from: the tier below, or the same at the bottom. */
    private static PositionTier below(PositionTier tier) {
        return switch (tier) {
            case DEPARTMENT_HEAD -> PositionTier.DEPARTMENT_DEPUTY_HEAD;
            case DEPARTMENT_DEPUTY_HEAD -> PositionTier.DIVISION_HEAD;
            default -> PositionTier.DIVISION_DEPUTY_HEAD;
        };
    }
}
