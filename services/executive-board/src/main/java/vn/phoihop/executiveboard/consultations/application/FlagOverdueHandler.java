package vn.phoihop.executiveboard.consultations.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.consultations.domain.Consultation;

@Service
public class FlagOverdueHandler {

    private final Consultations consultations;

    FlagOverdueHandler(Consultations consultations) {
        this.consultations = consultations;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(FlagOverdue command) {
        Consultation consultation = consultations.lockExisting(command.caseId());
        consultation.flagOverdue(command.proposalVersion(), command.deemedConsent());
        consultations.update(consultation);
    }

}
