package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.phoihop.cadreboard.cases.domain.DisciplineMeasure;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.RegulationKey;

/** A proposal, and the regulation version to open it under when not the one in force today. */
record OpenCaseRequest(@NotNull ActionKind kind, @NotNull @Valid SubjectBody subject,
        @Valid PositionBody currentPosition, @Valid PositionBody targetPosition, LocalDate proposedEffectiveDate,
        Integer termYears, DisciplineMeasure disciplineMeasure, @NotBlank @Size(max = 4000) String rationale,
        @Size(max = 100) List<@Valid @NotNull DocumentBody> dossier, @Size(max = 100) String regulationId,
        @Size(max = 32) String regulationVersion) implements ProposalBody {

    @AssertTrue(message = "regulationId and regulationVersion are given together or not at all")
    boolean isRegulationComplete() {
        return (regulationId == null) == (regulationVersion == null);
    }

    RegulationKey regulation() {
        return regulationId == null ? null : new RegulationKey(regulationId, regulationVersion);
    }

}
