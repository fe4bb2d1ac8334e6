package vn.phoihop.executiveboard.consultations.application;

import java.util.UUID;

import vn.phoihop.executiveboard.consultations.domain.ConsultationEvent;

/** Publishes the executive board's events in the caller's transaction. */
public interface ConsultationEvents {

    /** @return the id the event is published under */
    UUID publish(ConsultationEvent event);

}
