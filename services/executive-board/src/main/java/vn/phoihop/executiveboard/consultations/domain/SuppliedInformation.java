package vn.phoihop.executiveboard.consultations.domain;

import java.time.LocalDate;
import java.util.List;

/** The cadre board's answers to the Standing Committee's questions, with the deadline that restarts. */
public record SuppliedInformation(int proposalVersion, List<String> answers, List<DossierDocument> dossier,
        LocalDate suppliedOn, LocalDate responseDueDate) {

    public SuppliedInformation {
        answers = answers == null ? List.of() : List.copyOf(answers);
        dossier = dossier == null ? List.of() : List.copyOf(dossier);
    }

}
