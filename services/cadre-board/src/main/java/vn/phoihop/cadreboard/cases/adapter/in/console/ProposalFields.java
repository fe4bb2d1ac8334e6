package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import vn.phoihop.cadreboard.cases.domain.Cadre;
import vn.phoihop.cadreboard.cases.domain.DisciplineMeasure;
import vn.phoihop.cadreboard.cases.domain.DossierDocument;
import vn.phoihop.cadreboard.cases.domain.Position;
import vn.phoihop.cadreboard.cases.domain.Proposal;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.PositionTier;

/**
 * The proposal's fields as the new-case and the amendment forms post them. Which of them a kind needs is the
 * domain's to say; a position left wholly blank is no position.
 */
interface ProposalFields {

    ActionKind kind();

    Subject subject();

    PositionFields currentPosition();

    PositionFields targetPosition();

    LocalDate proposedEffectiveDate();

    Integer termYears();

    DisciplineMeasure disciplineMeasure();

    String rationale();

    /** The proposal, or null after noting in {@code errors} the position fields a partly filled position lacks. */
    default Proposal toProposal(List<DossierDocument> dossier, Errors errors) {
        Position current = PositionFields.toPosition("currentPosition", currentPosition(), errors);
        Position target = PositionFields.toPosition("targetPosition", targetPosition(), errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new Proposal(kind(), new Cadre(subject().cadreId(), subject().fullName()), current, target,
                proposedEffectiveDate(), termYears(), disciplineMeasure(), rationale(), dossier);
    }

    record Subject(@NotBlank @Size(max = 64) String cadreId, @NotBlank @Size(max = 200) String fullName) {

        static Subject of(Cadre cadre) {
            return new Subject(cadre.cadreId(), cadre.fullName());
        }

    }

    record PositionFields(@Size(max = 200) String title, @Size(max = 64) String unitCode,
            @Size(max = 200) String unitName, PositionTier tier) {

        static final PositionFields BLANK = new PositionFields(null, null, null, null);

        static PositionFields of(Position position) {
            return position == null ? BLANK
                    : new PositionFields(position.title(), position.unitCode(), position.unitName(), position.tier());
        }

        static Position toPosition(String path, PositionFields fields, Errors errors) {
            if (fields == null || fields.blank()) {
                return null;
            }
            requireText(errors, path + ".title", fields.title);
            requireText(errors, path + ".unitCode", fields.unitCode);
            requireText(errors, path + ".unitName", fields.unitName);
            if (fields.tier == null) {
                errors.rejectValue(path + ".tier", "NotNull", "must not be null");
            }
            return errors.hasErrors() ? null
                    : new Position(fields.title, fields.unitCode, fields.unitName, fields.tier);
        }

        private boolean blank() {
            return isBlank(title) && isBlank(unitCode) && isBlank(unitName) && tier == null;
        }

        private static void requireText(Errors errors, String path, String value) {
            if (isBlank(value)) {
                errors.rejectValue(path, "NotBlank", "must not be blank");
            }
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }

    }

}
