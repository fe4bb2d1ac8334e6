package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.phoihop.cadreboard.cases.domain.DisciplineMeasure;
import vn.phoihop.cadreboard.cases.domain.DossierDocument;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.cadreboard.cases.domain.Proposal;
import vn.phoihop.regulation.ActionKind;

/**
 * The amended proposal, whole, why, and which of the dossier's documents it keeps (by hash); new files come as
 * the multipart part {@code documents}.
 */
record AmendmentForm(@NotNull ActionKind kind, @NotNull @Valid Subject subject, @Valid PositionFields currentPosition,
        @Valid PositionFields targetPosition, LocalDate proposedEffectiveDate, Integer termYears,
        DisciplineMeasure disciplineMeasure, @NotBlank @Size(max = 4000) String rationale,
        @NotBlank @Size(max = 4000) String reason, LocalDate requestDate, List<String> keptDocuments)
        implements ProposalFields {

    /** The case's proposal as it stands, every document kept. */
    static AmendmentForm of(PersonnelCase c) {
        Proposal p = c.proposal();
        return new AmendmentForm(p.kind(), Subject.of(p.subject()), PositionFields.of(p.currentPosition()),
                PositionFields.of(p.targetPosition()), p.proposedEffectiveDate(), p.termYears(),
                p.disciplineMeasure(), p.rationale(), null, null,
                p.dossier().stream().map(DossierDocument::sha256).toList());
    }

    /** The documents of {@code current} this form keeps, then the added ones it does not hold yet. */
    List<DossierDocument> dossier(Proposal current, List<DossierDocument> added) {
        Set<String> kept = keptDocuments == null ? Set.of() : Set.copyOf(keptDocuments);
        Map<String, DossierDocument> byHash = new LinkedHashMap<>();
        current.dossier()
            .stream()
            .filter(document -> kept.contains(document.sha256()))
            .forEach(document -> byHash.put(document.sha256(), document));
        added.forEach(document -> byHash.putIfAbsent(document.sha256(), document));
        return List.copyOf(byHash.values());
    }

}
