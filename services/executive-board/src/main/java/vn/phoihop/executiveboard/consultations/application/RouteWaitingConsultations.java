package vn.phoihop.executiveboard.consultations.application;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.committee.domain.UnitAssigned;
import vn.phoihop.executiveboard.consultations.domain.Consultation;

/**
 * When an administrator assigns a unit, the consultations of the unit that arrived while nobody followed it go
 * to the new member, in the transaction that saves the assignment.
 */
@Service
class RouteWaitingConsultations {

    private final Consultations consultations;

    private final ConsultationEvents events;

    RouteWaitingConsultations(Consultations consultations, ConsultationEvents events) {
        this.consultations = consultations;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(UnitAssigned assigned) {
        for (Consultation consultation : consultations.lockUnassigned(assigned.unitCode())) {
            consultation.routeTo(assigned.unitCode(), assigned.memberId()).ifPresent(received -> {
                events.publish(received);
                consultations.update(consultation);
            });
        }
    }

}
