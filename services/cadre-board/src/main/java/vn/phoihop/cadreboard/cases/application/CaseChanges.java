package vn.phoihop.cadreboard.cases.application;

import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.phoihop.cadreboard.cases.domain.CaseEvent;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

/**
 * How every use case changes a case, in its caller's transaction: lock it, let the domain decide, publish the
 * event it returns, hand the event's id back to the case (later events refer to it), store the new state, note
 * the step in the case's history and announce the change (open pages hear of it once it commits).
 */
@Component
class CaseChanges {

    private final PersonnelCases cases;

    private final CaseEvents events;

    private final CaseHistory history;

    private final ApplicationEventPublisher announcements;

    private final BoardClock clock;

    CaseChanges(PersonnelCases cases, CaseEvents events, CaseHistory history, ApplicationEventPublisher announcements,
            BoardClock clock) {
        this.cases = cases;
        this.events = events;
        this.history = history;
        this.announcements = announcements;
        this.clock = clock;
    }

    /** A step of the cadre board, noted in the case's history. */
    PersonnelCase apply(CaseId id, TimelineStep step, Function<PersonnelCase, Optional<? extends CaseEvent>> change) {
        PersonnelCase changed = apply(id, change);
        recordBoardStep(changed, step);
        return changed;
    }

    /** A change whose caller notes it in the history itself, or not at all. */
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
        announcements.publishEvent(new CaseChanged(locked.id()));
        return event;
    }

    void recordBoardStep(PersonnelCase c, TimelineStep step) {
        history.boardStep(c.id(), clock.now(), step, c.proposalVersion(), step.detailOf(c.state()));
    }

}
