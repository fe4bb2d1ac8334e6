package vn.phoihop.executiveboard.consultations.domain;

import java.time.LocalDate;
import java.util.List;

/** One round of questions by the Standing Committee and answers by the cadre board, kept to show. */
public record InformationExchange(int proposalVersion, LocalDate askedOn, List<String> questions,
        List<String> answers, List<DossierDocument> dossier, LocalDate suppliedOn) {

    public InformationExchange {
        questions = questions == null ? List.of() : List.copyOf(questions);
        answers = answers == null ? List.of() : List.copyOf(answers);
        dossier = dossier == null ? List.of() : List.copyOf(dossier);
    }

}
