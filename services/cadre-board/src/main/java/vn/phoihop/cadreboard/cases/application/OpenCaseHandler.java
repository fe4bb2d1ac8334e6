package vn.phoihop.cadreboard.cases.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

@Service
public class OpenCaseHandler {

    private final PersonnelCases cases;

    private final RegulationProperties regulation;

    OpenCaseHandler(PersonnelCases cases, RegulationProperties regulation) {
        this.cases = cases;
        this.regulation = regulation;
    }

    @Transactional
    public PersonnelCase handle(OpenCase command) {
        PersonnelCase opened = PersonnelCase.open(CaseId.random(), command.proposal(), regulation.current());
        cases.add(opened);
        return opened;
    }

}
