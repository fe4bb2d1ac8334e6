package vn.phoihop.cadreboard.cases.domain;

/** What the case decided. Each event has its place in the case's sequence; adapters publish them. */
public sealed interface CaseEvent permits ConsultationRequested, InformationSupplied, CaseWithdrawn,
        ConsultationOverdue, DecisionMeetingRecorded, SubmittedUpward, DecisionFinalised {

    Stamp stamp();

    default CaseId caseId() {
        return stamp().caseId();
    }

    default long sequence() {
        return stamp().sequence();
    }

    default int proposalVersion() {
        return stamp().proposalVersion();
    }

}
