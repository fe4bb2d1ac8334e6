package vn.phoihop.cadreboard.cases.application;

import java.util.Objects;

import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.ExecutiveBoardAnswer;

/** @param regulationVersion the regulation version the executive board applied, from the event's envelope */
public record ReceiveAnswer(CaseId caseId, String regulationVersion, ExecutiveBoardAnswer answer) {

    public ReceiveAnswer {
        Objects.requireNonNull(regulationVersion, "regulationVersion");
        Objects.requireNonNull(answer, "answer");
    }

}
