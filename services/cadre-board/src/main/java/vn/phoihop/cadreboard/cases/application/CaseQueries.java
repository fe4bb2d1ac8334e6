package vn.phoihop.cadreboard.cases.application;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

@Service
@Transactional(readOnly = true)
public class CaseQueries {

    /** The longest page a list answers, so one request cannot read the whole table. */
    public static final int LARGEST_PAGE = 200;

    private final PersonnelCases cases;

    private final CaseHistory history;

    CaseQueries(PersonnelCases cases, CaseHistory history) {
        this.cases = cases;
        this.history = history;
    }

    public PersonnelCase get(CaseId id) {
        return cases.find(id).orElseThrow(() -> new CaseNotFound(id));
    }

    /** The case's history, oldest first; empty for a case that does not exist. */
    public List<TimelineEntry> timeline(CaseId id) {
        return history.of(id);
    }

    public CasePage search(CaseFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > LARGEST_PAGE) {
            throw new IllegalArgumentException("page from 0, size 1 to " + LARGEST_PAGE);
        }
        return cases.search(filter, page, size);
    }

}
