package vn.phoihop.cadreboard.cases.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the cadre board proposes to do. A new proposal version restarts the consultation, so the version lives
 * on the case, not here.
 */
public record Proposal(ActionKind kind, Cadre subject, Position currentPosition, Position targetPosition,
        LocalDate proposedEffectiveDate, Integer termYears, String rationale) {

    public Proposal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Require.text(rationale, "rationale");
    }

}
