package vn.phoihop.executiveboard.consultations.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.consultations.domain.Consultation;

@Service
public class ReceiveInformationHandler {

    private final Consultations consultations;

    ReceiveInformationHandler(Consultations consultations) {
        this.consultations = consultations;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(ReceiveInformation command) {
        Consultation consultation = consultations.lockExisting(command.caseId());
        consultation.supplyInformation(command.information());
        consultations.update(consultation);
    }

}
