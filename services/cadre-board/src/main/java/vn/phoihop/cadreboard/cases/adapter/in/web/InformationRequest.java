package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.phoihop.cadreboard.cases.adapter.in.web.ProposalBody.DocumentBody;

/** Answers to the executive board's questions, in the order asked, with documents added to the dossier. */
record InformationRequest(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 4000) String> answers,
        @Size(max = 100) List<@Valid @NotNull DocumentBody> dossier, LocalDate suppliedOn) {
}
