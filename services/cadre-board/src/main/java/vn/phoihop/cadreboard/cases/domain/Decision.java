package vn.phoihop.cadreboard.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** The cadre board's decision as recorded on the case. */
public record Decision(DecisionOutcome outcome, String decisionNumber, LocalDate effectiveDate,
        String justification, boolean contraryToOpinion, UUID opinionEventId, Instant decidedAt) {

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

}
