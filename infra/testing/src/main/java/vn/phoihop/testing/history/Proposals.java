package vn.phoihop.testing.history;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import vn.phoihop.events.ActionKind;
import vn.phoihop.events.Cadre;
import vn.phoihop.local.demo.Ministry;
import vn.phoihop.local.demo.Ministry.Unit;
import vn.phoihop.local.demo.Position;
import vn.phoihop.local.demo.Texts;
import vn.phoihop.local.demo.VietnameseNames;
import vn.phoihop.local.demo.Weighted;
import vn.phoihop.regulation.DecidingAuthority;
import vn.phoihop.regulation.PositionTier;
import vn.phoihop.regulation.Regulation;

/**
 * Draws the proposals of the term: the kinds of action the cadre board decides itself, on posts of the tiers the
 * regulation leaves to it, each with exactly the fields its kind needs (the table of docs/protocol.md). Names, units
 * and rationales come from the demo term of infra/local, so the two read alike.
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

    /** Said after the demo's rationale, which is shorter than the few hundred characters the secretariat writes. */
    private static final List<String> PROCEDURE = List.of(
            " Quy trình nhân sự thực hiện đúng quy định của Bộ Chính trị và Quy chế công tác cán bộ của Bộ; hồ sơ "
                    + "đã được Vụ Tổ chức cán bộ thẩm định đầy đủ.",
            " Đồng chí đã kê khai tài sản, thu nhập theo quy định; không có đơn thư khiếu nại, tố cáo; chi ủy nơi "
                    + "cư trú có nhận xét tốt.",
            " Đơn vị đã tổ chức hội nghị cán bộ chủ chốt và lấy phiếu tín nhiệm đúng quy trình; phiếu được niêm "
                    + "phong, lưu giữ theo quy định.");

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
        Unit unit = unitWith(random, tier, null);
        Position post = unit.position(tier);
        Position elsewhere = unitWith(random, tier, unit).position(tier);
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
                    unitWith(random, below(tier), unit).position(below(tier)), post, effective, FULL_TERM_YEARS,
                    year);
            default -> throw new IllegalStateException("the synthetic term has no " + kind + " cases");
        };
    }

    private Weighted<PositionTier> tiersDecidedByTheBoard(ActionKind kind) {
        var rules = regulation.rulesFor(vn.phoihop.regulation.ActionKind.valueOf(kind.name()));
        Weighted<PositionTier> tiers = new Weighted<>();
        TIER_WEIGHTS.keySet()
            .stream()
            .sorted()
            .filter(tier -> rules.authorityFor(tier) == DecidingAuthority.CADRE_BOARD)
            .forEach(tier -> tiers.add(tier, TIER_WEIGHTS.get(tier)));
        return tiers;
    }

    private static Proposal proposal(RandomGenerator random, ActionKind kind, Cadre subject, Position current,
            Position target, LocalDate effective, Integer termYears, int year) {
        String rationale = Texts.rationale(random, vn.phoihop.regulation.ActionKind.valueOf(kind.name()),
                target != null ? target : current, current, year) + PROCEDURE.get(random.nextInt(PROCEDURE.size()));
        return new Proposal(kind, subject, asEvent(current), asEvent(target), effective, termYears, rationale,
                Dossiers.submission(random, kind, subject));
    }

    /** A unit with a post of that tier, other than {@code than} where that is given. */
    private static Unit unitWith(RandomGenerator random, PositionTier tier, Unit than) {
        while (true) {
            Unit unit = Ministry.UNITS.get(random.nextInt(Ministry.UNITS.size()));
            if (unit.has(tier) && unit != than) {
                return unit;
            }
        }
    }

    private static vn.phoihop.events.Position asEvent(Position position) {
        return position == null ? null : new vn.phoihop.events.Position(position.title(), position.unitCode(),
                position.unitName(), vn.phoihop.events.PositionTier.valueOf(position.tier().name()));
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
