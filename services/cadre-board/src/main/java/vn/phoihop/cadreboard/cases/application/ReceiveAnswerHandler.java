package vn.phoihop.cadreboard.cases.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

/** Runs inside the inbox transaction, so an answer has its effect exactly once or not at all. */
@Service
public class ReceiveAnswerHandler {

    private final CaseChanges changes;

    ReceiveAnswerHandler(CaseChanges changes) {
        this.changes = changes;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public PersonnelCase handle(ReceiveAnswer command) {
        return changes.apply(command.caseId(), c -> {
            c.answer(command.answer(), command.regulationVersion());
            // the answers change the case; the cadre board publishes nothing in reply
            return Optional.empty();
        });
    }

}
