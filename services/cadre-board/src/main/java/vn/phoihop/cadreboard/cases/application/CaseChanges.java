package vn.phoihop.cadreboard.cases.application;

import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.phoihop.cadreboard.cases.domain.CaseEvent;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

/**
 * How every use case changes a case, in its caller's transaction: lock it, let the domain decide, publish the
 * event it returns, hand the event's id back to the case (later events refer to it), store the new state.
 */
@Component
class CaseChanges {

    private final PersonnelCases cases;

    private final CaseEvents events;

    CaseChanges(PersonnelCases cases, CaseEvents events) {
        this.cases = cases;
        this.events = events;
    }

    PersonnelCase apply(CaseId id, Function<PersonnelCase, Optional<? extends CaseEvent>> change) {
        PersonnelCase locked = cases.lockExisting(id);
        applyTo(locked, change);
        return locked;
    }

    /** {@link #apply} on a case the caller has locked; returns the event the change published, if any. */
    Optional<? extends CaseEvent> applyTo(PersonnelCase locked,
            Function<PersonnelCase, Optional<? extends CaseEvent>> change) {
        Optional<? extends CaseEvent> event = change.apply(locked);
        event.ifPresent(published -> locked.published(published, events.publish(published)));
        cases.update(locked);
        return event;
    }

}
