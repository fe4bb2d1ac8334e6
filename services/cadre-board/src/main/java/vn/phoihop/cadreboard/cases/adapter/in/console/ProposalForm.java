package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.phoihop.cadreboard.cases.domain.DisciplineMeasure;
import vn.phoihop.regulation.ActionKind;

/** The new-case form; its files come as the multipart part {@code documents}. */
record ProposalForm(@NotNull ActionKind kind, @NotNull @Valid Subject subject, @Valid PositionFields currentPosition,
        @Valid PositionFields targetPosition, LocalDate proposedEffectiveDate, Integer termYears,
        DisciplineMeasure disciplineMeasure, @NotBlank @Size(max = 4000) String rationale) implements ProposalFields {

    static ProposalForm blank(ActionKind kind) {
        return new ProposalForm(kind, new Subject(null, null), PositionFields.BLANK, PositionFields.BLANK, null, null,
                null, null);
    }

}
