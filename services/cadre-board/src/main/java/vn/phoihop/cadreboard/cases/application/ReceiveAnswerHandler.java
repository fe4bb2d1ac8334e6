package vn.phoihop.cadreboard.cases.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.ConsultationReceipt;
import vn.phoihop.cadreboard.cases.domain.ConsultationRefusal;
import vn.phoihop.cadreboard.cases.domain.ExecutiveBoardAnswer;
import vn.phoihop.cadreboard.cases.domain.MemberReview;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.cadreboard.cases.domain.ReceivedOpinion;

/** Runs inside the inbox transaction, so an answer has its effect exactly once or not at all. */
@Service
public class ReceiveAnswerHandler {

    private final CaseChanges changes;

    private final CaseHistory history;

    ReceiveAnswerHandler(CaseChanges changes, CaseHistory history) {
        this.changes = changes;
        this.history = history;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public PersonnelCase handle(ReceiveAnswer command) {
        PersonnelCase answered = changes.apply(command.caseId(), c -> {
            c.answer(command.answer(), command.regulationVersion());
            // the answers change the case; the cadre board publishes nothing in reply
            return Optional.empty();
        });
        history.executiveBoardStep(command.caseId(), entry(command));
        return answered;
    }

    /** Every answer the case took is history, including an opinion on an older version that changed nothing. */
    private static TimelineEntry entry(ReceiveAnswer command) {
        ExecutiveBoardAnswer answer = command.answer();
        return switch (answer) {
            case ReceivedOpinion opinion -> entry(command, TimelineStep.OPINION_ISSUED, opinion.outcome().name());
            case ConsultationRefusal refusal -> entry(command, TimelineStep.CONSULTATION_REFUSED, refusal.rule());
            case ConsultationReceipt receipt -> entry(command, TimelineStep.CONSULTATION_RECEIVED, null);
            case MemberReview review -> entry(command, TimelineStep.MEMBER_REVIEWED, review.recommendation().name());
        };
    }

    private static TimelineEntry entry(ReceiveAnswer command, TimelineStep step, String detail) {
        return new TimelineEntry(command.occurredAt(), step, command.answer().proposalVersion(), detail,
                command.actor());
    }

}
