package vn.phoihop.cadreboard.cases.application;

import java.time.Instant;
import java.util.Objects;

import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.ExecutiveBoardAnswer;

/**
 * @param regulationVersion the regulation version the executive board applied, from the event's envelope
 * @param occurredAt when the executive board acted, from the envelope
 * @param actor the executive board's user who acted, from the envelope; null when that board acted on its own
 */
public record ReceiveAnswer(CaseId caseId, String regulationVersion, ExecutiveBoardAnswer answer, Instant occurredAt,
        String actor) {

    public ReceiveAnswer {
        Objects.requireNonNull(regulationVersion, "regulationVersion");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

}
