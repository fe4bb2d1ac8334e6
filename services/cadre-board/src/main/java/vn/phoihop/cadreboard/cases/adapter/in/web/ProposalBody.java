package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.phoihop.cadreboard.cases.domain.Cadre;
import vn.phoihop.cadreboard.cases.domain.DisciplineMeasure;
import vn.phoihop.cadreboard.cases.domain.DossierDocument;
import vn.phoihop.cadreboard.cases.domain.Position;
import vn.phoihop.cadreboard.cases.domain.Proposal;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.PositionTier;

/**
 * A proposal as the API reads it (docs/protocol.md). Opening and amending a case carry it with a member of their
 * own; what each action kind needs is the domain's to say (400 {@code proposal-fields}).
 */
interface ProposalBody {

    ActionKind kind();

    SubjectBody subject();

    PositionBody currentPosition();

    PositionBody targetPosition();

    LocalDate proposedEffectiveDate();

    Integer termYears();

    DisciplineMeasure disciplineMeasure();

    String rationale();

    List<DocumentBody> dossier();

    default Proposal toProposal() {
        return new Proposal(kind(), subject().toCadre(), PositionBody.toPosition(currentPosition()),
                PositionBody.toPosition(targetPosition()), proposedEffectiveDate(), termYears(), disciplineMeasure(),
                rationale(), DocumentBody.toDocuments(dossier()));
    }

    record SubjectBody(@NotBlank @Size(max = 64) String cadreId, @NotBlank @Size(max = 200) String fullName) {

        Cadre toCadre() {
            return new Cadre(cadreId, fullName);
        }

    }

    record PositionBody(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 64) String unitCode,
            @NotBlank @Size(max = 200) String unitName, @NotNull PositionTier tier) {

        static Position toPosition(PositionBody body) {
            return body == null ? null : new Position(body.title, body.unitCode, body.unitName, body.tier);
        }

    }

    record DocumentBody(@NotBlank @Size(max = 255) String name, @NotBlank @Size(max = 127) String mediaType,
            @NotNull @Pattern(regexp = DossierDocument.SHA256,
                    message = "must be 64 lower-case hex digits") String sha256) {

        static List<DossierDocument> toDocuments(List<DocumentBody> bodies) {
            return bodies == null ? List.of()
                    : bodies.stream().map(body -> new DossierDocument(body.name, body.mediaType, body.sha256)).toList();
        }

    }

}
