package vn.phoihop.executiveboard.consultations.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.committee.application.StandingCommittee;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.Opened;
import vn.phoihop.regulation.Regulations;

/** Runs inside the inbox transaction, so a request lands in the inbox exactly once or not at all. */
@Service
public class ReceiveConsultationHandler {

    private final Consultations consultations;

    private final ConsultationEvents events;

    private final StandingCommittee committee;

    private final Regulations regulations;

    ReceiveConsultationHandler(Consultations consultations, ConsultationEvents events, StandingCommittee committee,
            Regulations regulations) {
        this.consultations = consultations;
        this.events = events;
        this.committee = committee;
        this.regulations = regulations;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(ReceiveConsultation command) {
        Optional<Consultation> existing = consultations.lock(command.request().caseId());
        if (existing.isPresent()) {
            Consultation consultation = existing.get();
            events.publish(consultation.requestAgain(command.request(), regulations, committee.roster()));
            consultations.update(consultation);
        }
        else {
            Opened opened = Consultation.open(command.request(), regulations, committee.roster());
            events.publish(opened.event());
            consultations.add(opened.consultation());
        }
    }

}
