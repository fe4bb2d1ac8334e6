package vn.phoihop.cadreboard.cases.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.OpinionReceipt;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

/** Runs inside the inbox transaction, so the opinion counts exactly once or not at all. */
@Service
public class ReceiveOpinionHandler {

    private final PersonnelCases cases;

    ReceiveOpinionHandler(PersonnelCases cases) {
        this.cases = cases;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public OpinionReceipt handle(ReceiveOpinion command) {
        PersonnelCase personnelCase = cases.lockExisting(command.caseId());
        OpinionReceipt receipt = personnelCase.receive(command.opinion());
        cases.update(personnelCase);
        return receipt;
    }

}
