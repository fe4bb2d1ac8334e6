package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.phoihop.cadreboard.cases.domain.DecisionOutcome;
import vn.phoihop.cadreboard.cases.domain.FinaliseDecision;

record DecisionRequest(@NotNull DecisionOutcome outcome, @NotBlank @Size(max = 64) String decisionNumber,
        @NotNull LocalDate effectiveDate, @Size(max = 4000) String justification) {

    FinaliseDecision toCommand() {
        return new FinaliseDecision(outcome, decisionNumber, effectiveDate, justification);
    }

}
