package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.phoihop.cadreboard.cases.domain.DisciplineMeasure;
import vn.phoihop.regulation.ActionKind;

/** The amended proposal, whole, and why it was amended (sent to the executive board with the new version). */
record AmendmentRequest(@NotNull ActionKind kind, @NotNull @Valid SubjectBody subject,
        @Valid PositionBody currentPosition, @Valid PositionBody targetPosition, LocalDate proposedEffectiveDate,
        Integer termYears, DisciplineMeasure disciplineMeasure, @NotBlank @Size(max = 4000) String rationale,
        @Size(max = 100) List<@Valid @NotNull DocumentBody> dossier, @NotBlank @Size(max = 4000) String reason,
        LocalDate requestDate)
        implements ProposalBody {
}
