package vn.phoihop.cadreboard.cases.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

/** Where cases are kept. {@link #lock} serialises commands and arriving events on one case. */
public interface PersonnelCases {

    void add(PersonnelCase personnelCase);

    Optional<PersonnelCase> lock(CaseId id);

    /** {@link #lock} for a command on a case that must exist. */
    default PersonnelCase lockExisting(CaseId id) {
        return lock(id).orElseThrow(() -> new CaseNotFound(id));
    }

    void update(PersonnelCase personnelCase);

    Optional<PersonnelCase> find(CaseId id);

    CasePage search(CaseFilter filter, int page, int size);

    /** Cases awaiting an opinion that was due before {@code today}, not yet found overdue. */
    List<CaseId> pastDue(LocalDate today);

    /**
     * Locks the case if it is still {@link #pastDue} and no other transaction holds it; otherwise another
     * replica is checking it, or it has moved on.
     */
    Optional<PersonnelCase> lockPastDue(CaseId id, LocalDate today);

}
