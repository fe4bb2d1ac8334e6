package vn.phoihop.cadreboard.cases.application;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

@Service
public class SupplyInformationHandler {

    private final CaseChanges changes;

    private final BoardClock clock;

    SupplyInformationHandler(CaseChanges changes, BoardClock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public PersonnelCase handle(SupplyInformation command) {
        LocalDate today = clock.today();
        LocalDate suppliedOn = command.suppliedOn() == null ? today : command.suppliedOn();
        return changes.apply(command.caseId(), TimelineStep.INFORMATION_SUPPLIED,
                c -> Optional.of(c.supplyInformation(command.answers(), command.dossier(), suppliedOn, today)));
    }

}
