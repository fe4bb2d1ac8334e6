package vn.phoihop.cadreboard.cases.domain;

/** What the executive board tells the cadre board about a proposal version it was sent. */
public sealed interface ExecutiveBoardAnswer
        permits ReceivedOpinion, ConsultationRefusal, ConsultationReceipt, MemberReview {

    int proposalVersion();

}
