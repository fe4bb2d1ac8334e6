package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.phoihop.cadreboard.cases.domain.DecisionOutcome;
import vn.phoihop.cadreboard.cases.domain.HigherDecision;

/** @param authorityName absent when the authority that decided is the one the case was submitted to */
record HigherDecisionRequest(@NotNull DecisionOutcome outcome, @NotBlank @Size(max = 64) String decisionNumber,
        @NotNull LocalDate effectiveDate, @Size(max = 200) String authorityName) {

    HigherDecision toDecision() {
        return new HigherDecision(outcome, decisionNumber, effectiveDate, authorityName);
    }

}
