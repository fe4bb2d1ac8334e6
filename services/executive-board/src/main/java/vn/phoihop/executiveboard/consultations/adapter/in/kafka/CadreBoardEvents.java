package vn.phoihop.executiveboard.consultations.adapter.in.kafka;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;

import vn.phoihop.events.CaseWithdrawn;
import vn.phoihop.events.ConsultationOverdue;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.InformationSupplied;
import vn.phoihop.events.SubmittedUpward;
import vn.phoihop.executiveboard.consultations.application.CloseConsultationHandler;
import vn.phoihop.executiveboard.consultations.application.ConsultationNotFound;
import vn.phoihop.executiveboard.consultations.application.FlagOverdueHandler;
import vn.phoihop.executiveboard.consultations.application.ReceiveConsultationHandler;
import vn.phoihop.executiveboard.consultations.application.ReceiveInformationHandler;
import vn.phoihop.executiveboard.consultations.application.WithdrawConsultationHandler;
import vn.phoihop.executiveboard.consultations.domain.RuleViolation;
import vn.phoihop.messaging.InboundEventHandler;
import vn.phoihop.messaging.RejectedEventException;

/**
 * Events from the cadre board, mapped to the executive board's use cases. An event on a case this board does not
 * have, or one the protocol does not allow in the case's state, is dead-lettered with the reason; the cadre
 * board's own decision meeting concerns only the cadre board.
 */
@Component
class CadreBoardEvents implements InboundEventHandler {

    private final ReceiveConsultationHandler receiveConsultation;

    private final ReceiveInformationHandler receiveInformation;

    private final WithdrawConsultationHandler withdraw;

    private final CloseConsultationHandler close;

    private final FlagOverdueHandler flagOverdue;

    CadreBoardEvents(ReceiveConsultationHandler receiveConsultation, ReceiveInformationHandler receiveInformation,
            WithdrawConsultationHandler withdraw, CloseConsultationHandler close, FlagOverdueHandler flagOverdue) {
        this.receiveConsultation = receiveConsultation;
        this.receiveInformation = receiveInformation;
        this.withdraw = withdraw;
        this.close = close;
        this.flagOverdue = flagOverdue;
    }

    @Override
    public void handle(SpecificRecord event, Envelope envelope) {
        try {
            dispatch(event, envelope);
        }
        catch (ConsultationNotFound | RuleViolation refused) {
            throw new RejectedEventException(refused.getMessage());
        }
    }

    private void dispatch(SpecificRecord event, Envelope envelope) {
        switch (event) {
            case ConsultationRequested requested -> receiveConsultation
                .handle(CadreBoardCommands.receive(requested, envelope));
            case InformationSupplied supplied -> receiveInformation.handle(CadreBoardCommands.receive(supplied));
            case CaseWithdrawn withdrawn -> withdraw.handle(CadreBoardCommands.withdraw(withdrawn));
            case DecisionFinalised decided -> close.handle(CadreBoardCommands.close(decided));
            case SubmittedUpward submitted -> close.handle(CadreBoardCommands.close(submitted));
            case ConsultationOverdue overdue -> flagOverdue.handle(CadreBoardCommands.flag(overdue));
            default -> {
                // DecisionMeetingRecorded, and any event a newer cadre board adds, asks nothing of this board
            }
        }
    }

}
