package vn.phoihop.executiveboard.consultations.adapter.in.console;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import vn.phoihop.executiveboard.committee.domain.Member;
import vn.phoihop.executiveboard.committee.domain.Roster;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.ConsultationState;
import vn.phoihop.executiveboard.consultations.domain.ConsultationStatus;
import vn.phoihop.executiveboard.consultations.domain.Position;
import vn.phoihop.executiveboard.consultations.domain.Proposal;
import vn.phoihop.regulation.ActionKind;

/** A line of the inbox: whose case, what action in which units, who reviews it, and by when. */
record InboxRow(UUID caseId, String subject, ActionKind kind, List<String> units, String assignedMemberId,
        String assignedMemberName, LocalDate receivedOn, LocalDate dueDate, ConsultationStatus status,
        Urgency urgency) {

    static InboxRow of(Consultation consultation, LocalDate today, Roster roster) {
        ConsultationState state = consultation.state();
        Proposal proposal = state.request().proposal();
        List<String> units = Stream.of(proposal.currentPosition(), proposal.targetPosition())
            .filter(Objects::nonNull)
            .map(InboxRow::unit)
            .distinct()
            .toList();
        String memberName = state.assignedMemberId() == null ? null
                : roster.member(state.assignedMemberId()).map(Member::fullName).orElse(null);
        return new InboxRow(state.request().caseId(), proposal.subject().fullName(), proposal.kind(), units,
                state.assignedMemberId(), memberName, state.request().requestDate(), state.request().dueDate(),
                state.status(), Urgency.of(consultation, today));
    }

    private static String unit(Position position) {
        return position.unitName() != null ? position.unitName() : position.unitCode();
    }

}
