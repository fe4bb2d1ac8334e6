package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.phoihop.cadreboard.cases.domain.UpwardSubmission;

record UpwardSubmissionRequest(@NotBlank @Size(max = 200) String authorityName,
        @NotBlank @Size(max = 64) String submissionNumber, @NotNull LocalDate submittedOn) {

    UpwardSubmission toSubmission() {
        return new UpwardSubmission(authorityName, submissionNumber, submittedOn);
    }

}
