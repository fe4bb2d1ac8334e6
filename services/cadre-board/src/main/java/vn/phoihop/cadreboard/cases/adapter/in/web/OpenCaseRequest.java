package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import vn.phoihop.cadreboard.cases.domain.ActionKind;
import vn.phoihop.cadreboard.cases.domain.Cadre;
import vn.phoihop.cadreboard.cases.domain.Position;
import vn.phoihop.cadreboard.cases.domain.PositionTier;
import vn.phoihop.cadreboard.cases.domain.Proposal;

record OpenCaseRequest(@NotNull ActionKind kind, @NotNull @Valid SubjectBody subject, @Valid PositionBody currentPosition,
        @Valid PositionBody targetPosition, LocalDate proposedEffectiveDate, @Positive @Max(10) Integer termYears,
        @NotBlank @Size(max = 4000) String rationale) {

    Proposal toProposal() {
        return new Proposal(kind, subject.toCadre(), PositionBody.toPosition(currentPosition),
                PositionBody.toPosition(targetPosition), proposedEffectiveDate, termYears, rationale);
    }

    record SubjectBody(@NotBlank @Size(max = 64) String cadreId, @NotBlank @Size(max = 200) String fullName) {

        Cadre toCadre() {
            return new Cadre(cadreId, fullName);
        }

    }

    record PositionBody(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 64) String unitCode,
            @NotBlank @Size(max = 200) String unitName, @NotNull PositionTier tier) {

        static Position toPosition(PositionBody body) {
            return body == null ? null : new Position(body.title, body.unitCode, body.unitName, body.tier);
        }

    }

}
