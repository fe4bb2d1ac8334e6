package vn.phoihop.cadreboard.cases.adapter.in.kafka;

import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;

import vn.phoihop.cadreboard.cases.application.CaseNotFound;
import vn.phoihop.cadreboard.cases.application.ReceiveAnswer;
import vn.phoihop.cadreboard.cases.application.ReceiveAnswerHandler;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.ConsultationReceipt;
import vn.phoihop.cadreboard.cases.domain.ConsultationRefusal;
import vn.phoihop.cadreboard.cases.domain.ExecutiveBoardAnswer;
import vn.phoihop.cadreboard.cases.domain.MemberReview;
import vn.phoihop.cadreboard.cases.domain.OpinionOutcome;
import vn.phoihop.cadreboard.cases.domain.ReceivedOpinion;
import vn.phoihop.cadreboard.cases.domain.RuleViolation;
import vn.phoihop.events.ConsultationReceived;
import vn.phoihop.events.ConsultationRefused;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.MemberReviewRecorded;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.messaging.InboundEventHandler;
import vn.phoihop.messaging.RejectedEventException;

/**
 * Events from the executive board, mapped to the answer they carry. An event the case refuses (another
 * regulation version, an unknown case, out of protocol) is dead-lettered with the reason and leaves no trace.
 */
@Component
class ExecutiveBoardEvents implements InboundEventHandler {

    private final ReceiveAnswerHandler receive;

    ExecutiveBoardEvents(ReceiveAnswerHandler receive) {
        this.receive = receive;
    }

    @Override
    public void handle(SpecificRecord event, Envelope envelope) {
        ReceiveAnswer command = new ReceiveAnswer(CaseId.parse(envelope.getCaseId()), envelope.getRegulationVersion(),
                answer(event, envelope), envelope.getOccurredAt(), envelope.getActor());
        try {
            receive.handle(command);
        }
        catch (RuleViolation refused) {
            throw new RejectedEventException(refused.rule() + ": " + refused.getMessage());
        }
        catch (CaseNotFound unknown) {
            throw new RejectedEventException(unknown.getMessage());
        }
    }

    private static ExecutiveBoardAnswer answer(SpecificRecord event, Envelope envelope) {
        return switch (event) {
            case OpinionIssued opinion -> new ReceivedOpinion(UUID.fromString(envelope.getEventId()),
                    opinion.getProposalVersion(), outcome(opinion.getOutcome()), opinion.getConditions(),
                    opinion.getQuestions(), opinion.getIssuedAt());
            case ConsultationRefused refused -> new ConsultationRefusal(refused.getProposalVersion(),
                    refused.getRule(), refused.getReason());
            case ConsultationReceived received -> new ConsultationReceipt(received.getProposalVersion(),
                    envelope.getOccurredAt(), received.getAssignedMemberId(), received.getUnitCode(),
                    received.getDueDate());
            case MemberReviewRecorded review -> new MemberReview(review.getProposalVersion(), review.getMemberId(),
                    outcome(review.getRecommendation()), review.getNote(), review.getReviewedOn());
            default -> throw new RejectedEventException(
                    "the cadre board does not read " + event.getSchema().getName() + " events");
        };
    }

    private static OpinionOutcome outcome(vn.phoihop.events.OpinionOutcome outcome) {
        try {
            return OpinionOutcome.valueOf(outcome.name());
        }
        catch (IllegalArgumentException unknown) {
            throw new RejectedEventException("opinion outcome " + outcome + " is not known to this board");
        }
    }

}
