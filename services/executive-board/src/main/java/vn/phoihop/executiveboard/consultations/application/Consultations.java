package vn.phoihop.executiveboard.consultations.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageRequest;

/** Where consultations are kept, keyed by case id. {@link #lock} serialises work on one consultation. */
public interface Consultations {

    void add(Consultation consultation);

    Optional<Consultation> lock(UUID caseId);

    void update(Consultation consultation);

    Optional<Consultation> find(UUID caseId);

    /** Pending first, then by due date: what the Standing Committee must handle next. */
    Page<Consultation> list(ConsultationFilter filter, LocalDate today, PageRequest page);

    /** Overdue first, then soonest due: the console's inbox, the deadlines in the way before the rest. */
    Page<Consultation> inbox(ConsultationFilter filter, LocalDate today, PageRequest page);

    /** Consultations of the unit still waiting for the Standing Committee with no member to review them, locked. */
    List<Consultation> lockUnassigned(String unitCode);

    default Consultation lockExisting(UUID caseId) {
        return lock(caseId).orElseThrow(() -> new ConsultationNotFound(caseId));
    }

}
