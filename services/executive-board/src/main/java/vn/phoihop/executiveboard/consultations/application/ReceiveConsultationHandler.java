package vn.phoihop.executiveboard.consultations.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.RequestedConsultation;

/** Runs inside the inbox transaction, so a request lands in the inbox exactly once or not at all. */
@Service
public class ReceiveConsultationHandler {

    private final Consultations consultations;

    ReceiveConsultationHandler(Consultations consultations) {
        this.consultations = consultations;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(RequestedConsultation request) {
        consultations.lock(request.caseId()).ifPresentOrElse(existing -> {
            existing.receiveAgain(request);
            consultations.update(existing);
        }, () -> consultations.add(Consultation.receive(request)));
    }

}
