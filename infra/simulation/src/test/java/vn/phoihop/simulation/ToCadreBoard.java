package vn.phoihop.simulation;

import vn.phoihop.cadreboard.cases.domain.ConsultationReceipt;
import vn.phoihop.cadreboard.cases.domain.ConsultationRefusal;
import vn.phoihop.cadreboard.cases.domain.ExecutiveBoardAnswer;
import vn.phoihop.cadreboard.cases.domain.MemberReview;
import vn.phoihop.cadreboard.cases.domain.OpinionOutcome;
import vn.phoihop.cadreboard.cases.domain.ReceivedOpinion;
import vn.phoihop.executiveboard.consultations.domain.ConsultationReceived;
import vn.phoihop.executiveboard.consultations.domain.ConsultationRefused;
import vn.phoihop.executiveboard.consultations.domain.MemberReviewRecorded;
import vn.phoihop.executiveboard.consultations.domain.OpinionIssued;

/** The executive board's events as the cadre board's adapter reads them (ExecutiveBoardEvents, without Avro). */
final class ToCadreBoard {

    private ToCadreBoard() {
    }

    static ExecutiveBoardAnswer answer(Message message) {
        return switch (message.event()) {
            case OpinionIssued issued -> new ReceivedOpinion(message.eventId(), issued.opinion().proposalVersion(),
                    outcome(issued.opinion().outcome()), issued.opinion().conditions(), issued.opinion().questions(),
                    issued.opinion().issuedAt());
            case ConsultationRefused refused -> new ConsultationRefusal(refused.proposalVersion(),
                    refused.refusal().rule(), refused.refusal().reason());
            case ConsultationReceived received -> new ConsultationReceipt(received.proposalVersion(),
                    message.occurredAt(), received.assignedMemberId(), received.unitCode(), received.dueDate());
            case MemberReviewRecorded recorded -> new MemberReview(recorded.review().proposalVersion(),
                    recorded.review().memberId(), outcome(recorded.review().recommendation()),
                    recorded.review().note(), recorded.review().reviewedOn());
            default -> throw new IllegalArgumentException("the cadre board reads no " + message.event());
        };
    }

    static String regulationVersion(Message message) {
        return ((vn.phoihop.executiveboard.consultations.domain.ConsultationEvent) message.event())
            .regulationVersion();
    }

    private static OpinionOutcome outcome(vn.phoihop.executiveboard.consultations.domain.OpinionOutcome outcome) {
        return OpinionOutcome.valueOf(outcome.name());
    }

}
