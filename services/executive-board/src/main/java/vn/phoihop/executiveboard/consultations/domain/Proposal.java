package vn.phoihop.executiveboard.consultations.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.phoihop.regulation.ActionKind;

/**
 * The personnel action the cadre board proposes, as shown to the committee. {@code kind} is null when the cadre
 * board named a kind this board does not know; such a request is refused. {@code disciplineMeasure} (REPRIMAND,
 * WARNING, REMOVAL_FROM_POST) only for a disciplinary case.
 */
public record Proposal(ActionKind kind, Cadre subject, Position currentPosition, Position targetPosition,
        LocalDate proposedEffectiveDate, Integer termYears, String disciplineMeasure, String rationale,
        List<DossierDocument> dossier, String amendment) {

    public Proposal {
        Objects.requireNonNull(subject, "subject");
        dossier = dossier == null ? List.of() : List.copyOf(dossier);
    }

    /** The position the case is about: the one it leads to, else the one the cadre holds. */
    public Position position() {
        return targetPosition != null ? targetPosition : currentPosition;
    }

}
