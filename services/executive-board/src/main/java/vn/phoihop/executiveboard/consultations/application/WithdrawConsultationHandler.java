package vn.phoihop.executiveboard.consultations.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.consultations.domain.Consultation;

@Service
public class WithdrawConsultationHandler {

    private final Consultations consultations;

    WithdrawConsultationHandler(Consultations consultations) {
        this.consultations = consultations;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(WithdrawConsultation command) {
        Consultation consultation = consultations.lockExisting(command.caseId());
        consultation.withdraw(command.withdrawal());
        consultations.update(consultation);
    }

}
