package vn.phoihop.cadreboard.cases.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The cadre board's answers to a request for information, and the new due date they started. */
public record SuppliedInformation(int proposalVersion, List<String> answers, List<DossierDocument> dossier,
        LocalDate suppliedOn, LocalDate responseDueDate) {

    public SuppliedInformation {
        answers = Require.list(answers);
        dossier = Require.list(dossier);
        Objects.requireNonNull(suppliedOn, "suppliedOn");
        Objects.requireNonNull(responseDueDate, "responseDueDate");
    }

}
