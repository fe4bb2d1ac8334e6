package vn.phoihop.simulation;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.cadreboard.cases.domain.Cadre;
import vn.phoihop.cadreboard.cases.domain.DisciplineMeasure;
import vn.phoihop.cadreboard.cases.domain.Position;
import vn.phoihop.cadreboard.cases.domain.Proposal;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.PositionTier;

/** Proposals that carry exactly what their kind needs (docs/protocol.md), on a position of a tier in a unit. */
final class Proposals {

    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 1, 1);

    private Proposals() {
    }

    static Proposal of(ActionKind kind, Cadre subject, PositionTier tier, int unit, String rationale) {
        Position here = position(tier, unit);
        Position elsewhere = position(tier, unit + 1);
        return switch (kind) {
            case SUCCESSION_PLANNING, NOMINATION_FOR_CANDIDACY ->
                proposal(kind, subject, null, here, null, null, null, rationale);
            case APPOINTMENT, RECEPTION_AND_APPOINTMENT -> proposal(kind, subject, null, here, EFFECTIVE, 5, null,
                    rationale);
            case REAPPOINTMENT, TENURE_EXTENSION -> proposal(kind, subject, here, null, EFFECTIVE, 5, null, rationale);
            case TRANSFER -> proposal(kind, subject, elsewhere, here, EFFECTIVE, null, null, rationale);
            case TRANSFER_AND_APPOINTMENT, ROTATION -> proposal(kind, subject, elsewhere, here, EFFECTIVE, 5, null,
                    rationale);
            case DISMISSAL -> proposal(kind, subject, here, null, EFFECTIVE, null, null, rationale);
            case DISCIPLINE -> proposal(kind, subject, here, null, null, null, DisciplineMeasure.WARNING, rationale);
        };
    }

    /** The position the case is about: where the action leads, or the post the cadre holds. */
    static Position concerned(Proposal proposal) {
        return proposal.targetPosition() != null ? proposal.targetPosition() : proposal.currentPosition();
    }

    static int unitOf(Proposal proposal) {
        return RosterSpec.UNITS.indexOf(concerned(proposal).unitCode());
    }

    private static Position position(PositionTier tier, int unit) {
        String code = RosterSpec.UNITS.get(unit % RosterSpec.UNITS.size());
        String title = tier == PositionTier.DEPUTY_MINISTER ? "Thứ trưởng" : "Lãnh đạo " + tier;
        return new Position(title, code, "Đơn vị " + code, tier);
    }

    private static Proposal proposal(ActionKind kind, Cadre subject, Position current, Position target,
            LocalDate effective, Integer term, DisciplineMeasure measure, String rationale) {
        return new Proposal(kind, subject, current, target, effective, term, measure, rationale, List.of());
    }

}
