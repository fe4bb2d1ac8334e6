package vn.phoihop.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.phoihop.cadreboard.cases.domain.CaseEvent;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.CaseState;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.cadreboard.cases.domain.Proposal;
import vn.phoihop.regulation.Regulation;

/**
 * The cadre board as the simulation runs it: its cases (the aggregates, nothing else), its outbox, and what its
 * Kafka adapter does with the executive board's messages. Publishing hands the event id back to the case, as the
 * application layer's CaseChanges does.
 */
final class CadreBoardNode {

    private final Map<UUID, PersonnelCase> cases = new LinkedHashMap<>();

    private final List<Message> outbox = new ArrayList<>();

    private long published;

    void open(UUID caseId, Proposal proposal, Regulation regulation) {
        cases.put(caseId, PersonnelCase.open(new CaseId(caseId), proposal, regulation));
    }

    PersonnelCase get(UUID caseId) {
        return cases.get(caseId);
    }

    Map<UUID, CaseState> snapshot() {
        Map<UUID, CaseState> states = new LinkedHashMap<>();
        cases.forEach((id, c) -> states.put(id, c.state()));
        return states;
    }

    Message publish(CaseEvent event, Clock clock) {
        UUID eventId = Labels.cadreEvent(++published);
        cases.get(event.caseId().value()).published(event, eventId);
        Message message = Message.of(event, eventId, clock.now(), clock.tick());
        outbox.add(message);
        return message;
    }

    /** What ExecutiveBoardEvents does: the case takes the answer, or refuses it (then it is dead-lettered). */
    void receive(Message message) {
        PersonnelCase personnelCase = cases.get(message.caseId());
        if (personnelCase == null) {
            throw new UnknownCase(message.caseId());
        }
        personnelCase.answer(ToCadreBoard.answer(message), ToCadreBoard.regulationVersion(message));
    }

    List<Message> outbox() {
        return Collections.unmodifiableList(outbox);
    }

}
