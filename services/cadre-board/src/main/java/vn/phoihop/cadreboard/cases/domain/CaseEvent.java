package vn.phoihop.cadreboard.cases.domain;

/** What the case decided. Each event has its place in the case's sequence; adapters publish them. */
public sealed interface CaseEvent permits ConsultationRequested, DecisionFinalised {

    CaseId caseId();

    long sequence();

}
