package vn.phoihop.cadreboard.cases.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.Regulations;

/** Opens a draft under the regulation it names, or the one in force today; it keeps that one for life. */
@Service
public class OpenCaseHandler {

    private final PersonnelCases cases;

    private final Regulations regulations;

    private final CaseHistory history;

    private final BoardClock clock;

    OpenCaseHandler(PersonnelCases cases, Regulations regulations, CaseHistory history, BoardClock clock) {
        this.cases = cases;
        this.regulations = regulations;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    public PersonnelCase handle(OpenCase command) {
        Regulation regulation = command.regulation() == null ? regulations.inForce(clock.today())
                : regulations.require(command.regulation());
        PersonnelCase opened = PersonnelCase.open(CaseId.random(), command.proposal(), regulation);
        cases.add(opened);
        history.boardStep(opened.id(), clock.now(), TimelineStep.OPENED, opened.proposalVersion(), null);
        return opened;
    }

}
