package vn.phoihop.executiveboard.consultations.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.consultations.domain.Consultation;

@Service
public class CloseConsultationHandler {

    private final Consultations consultations;

    CloseConsultationHandler(Consultations consultations) {
        this.consultations = consultations;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(CloseConsultation command) {
        Consultation consultation = consultations.lockExisting(command.caseId());
        consultation.close(command.closure());
        consultations.update(consultation);
    }

}
