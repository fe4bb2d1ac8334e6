package vn.phoihop.cadreboard.cases.application;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.DossierDocument;

/** @param suppliedOn date the answers were sent; null for today */
public record SupplyInformation(CaseId caseId, List<String> answers, List<DossierDocument> dossier,
        LocalDate suppliedOn) {

    public SupplyInformation {
        answers = List.copyOf(answers);
        dossier = dossier == null ? List.of() : List.copyOf(dossier);
    }

}
