package vn.phoihop.executiveboard.consultations.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.phoihop.executiveboard.consultations.domain.Consultation;

/** Where consultations are kept, keyed by case id. {@link #lock} serialises work on one consultation. */
public interface Consultations {

    void add(Consultation consultation);

    Optional<Consultation> lock(UUID caseId);

    void update(Consultation consultation);

    Optional<Consultation> find(UUID caseId);

    /** Pending first, earliest due date first: what the Standing Committee must handle next. */
    List<Consultation> inbox(int limit);

}
