package vn.phoihop.cadreboard.cases.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The cadre board's submission of a case to the higher authority that decides its tier. */
public record UpwardSubmission(String authorityName, String submissionNumber, LocalDate submittedOn) {

    public UpwardSubmission {
        Require.text(authorityName, "authorityName");
        Require.text(submissionNumber, "submissionNumber");
        Objects.requireNonNull(submittedOn, "submittedOn");
    }

}
