package vn.phoihop.cadreboard.cases.domain;

/** The case went to the higher authority that decides its tier, on the opinion and meeting of the basis. */
public record SubmittedUpward(Stamp stamp, UpwardSubmission submission, DecisionBasis basis) implements CaseEvent {
}
