package vn.phoihop.audit.verification;

import java.time.LocalDate;

import vn.phoihop.events.ActionKind;
import vn.phoihop.events.Cadre;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.DisciplineMeasure;
import vn.phoihop.events.Position;
import vn.phoihop.events.PositionTier;

/** A proposal of each action kind with the fields the cadre board requires of it (docs/protocol.md). */
final class Proposals {

    static final String SUBJECT = "CB-0042";

    private Proposals() {
    }

    static void fill(ConsultationRequested.Builder request, ActionKind kind, PositionTier tier, LocalDate day) {
        Position current = new Position("Phó Vụ trưởng", "VU-KTDN", "Vụ Kinh tế doanh nghiệp", tier);
        Position target = new Position("Vụ trưởng", "VU-TCCB", "Vụ Tổ chức cán bộ", tier);
        request.setActionKind(kind)
            .setSubject(new Cadre(SUBJECT, "Nguyễn Văn An"))
            .setRationale("Đáp ứng tiêu chuẩn, điều kiện theo quy định")
            .setDisciplineMeasure(null);
        switch (kind) {
            case SUCCESSION_PLANNING, NOMINATION_FOR_CANDIDACY -> request.setTargetPosition(target);
            case APPOINTMENT, RECEPTION_AND_APPOINTMENT -> request.setTargetPosition(target)
                .setProposedEffectiveDate(day.plusMonths(1))
                .setTermYears(5);
            case REAPPOINTMENT, TENURE_EXTENSION -> request.setCurrentPosition(current)
                .setProposedEffectiveDate(day.plusMonths(1))
                .setTermYears(kind == ActionKind.REAPPOINTMENT ? 5 : 2);
            case TRANSFER -> request.setCurrentPosition(current)
                .setTargetPosition(target)
                .setProposedEffectiveDate(day.plusMonths(1));
            case TRANSFER_AND_APPOINTMENT, ROTATION -> request.setCurrentPosition(current)
                .setTargetPosition(target)
                .setProposedEffectiveDate(day.plusMonths(1))
                .setTermYears(5);
            case DISMISSAL -> request.setCurrentPosition(current).setProposedEffectiveDate(day.plusMonths(1));
            case DISCIPLINE -> request.setCurrentPosition(current).setDisciplineMeasure(DisciplineMeasure.WARNING);
            case UNKNOWN -> request.setTargetPosition(target);
        }
    }
}
