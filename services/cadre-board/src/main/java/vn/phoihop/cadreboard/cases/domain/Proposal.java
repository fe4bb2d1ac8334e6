package vn.phoihop.cadreboard.cases.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.PositionTier;

/**
 * What the cadre board proposes to do. A new proposal version restarts the consultation, so the version lives
 * on the case, not here. What each kind needs is checked by {@link ProposalRules}.
 */
public record Proposal(ActionKind kind, Cadre subject, Position currentPosition, Position targetPosition,
        LocalDate proposedEffectiveDate, Integer termYears, DisciplineMeasure disciplineMeasure, String rationale,
        List<DossierDocument> dossier) {

    public Proposal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Require.text(rationale, "rationale");
        dossier = Require.list(dossier);
    }

    public Proposal withDossier(List<DossierDocument> documents) {
        return new Proposal(kind, subject, currentPosition, targetPosition, proposedEffectiveDate, termYears,
                disciplineMeasure, rationale, documents);
    }

    /** The tier whose authority decides: the position the action leads to, or the one it concerns. */
    public Optional<PositionTier> decidingTier() {
        return Optional.ofNullable(targetPosition).or(() -> Optional.ofNullable(currentPosition)).map(Position::tier);
    }

}
