package vn.phoihop.cadreboard.cases.application;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

@Service
@Transactional(readOnly = true)
public class CaseQueries {

    private static final int PAGE = 200;

    private final PersonnelCases cases;

    CaseQueries(PersonnelCases cases) {
        this.cases = cases;
    }

    public PersonnelCase get(CaseId id) {
        return cases.find(id).orElseThrow(() -> new CaseNotFound(id));
    }

    public List<PersonnelCase> recent() {
        return cases.recent(PAGE);
    }

}
