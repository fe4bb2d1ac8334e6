package vn.phoihop.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.phoihop.cadreboard.cases.domain.CaseWithdrawn;
import vn.phoihop.cadreboard.cases.domain.ConsultationOverdue;
import vn.phoihop.cadreboard.cases.domain.ConsultationRequested;
import vn.phoihop.cadreboard.cases.domain.DecisionFinalised;
import vn.phoihop.cadreboard.cases.domain.InformationSupplied;
import vn.phoihop.cadreboard.cases.domain.SubmittedUpward;
import vn.phoihop.executiveboard.committee.domain.Roster;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.ConsultationEvent;
import vn.phoihop.executiveboard.consultations.domain.ConsultationState;
import vn.phoihop.executiveboard.consultations.domain.MemberReviewRecorded;
import vn.phoihop.executiveboard.consultations.domain.Opened;
import vn.phoihop.executiveboard.consultations.domain.OpinionDraft;
import vn.phoihop.executiveboard.consultations.domain.OpinionIssued;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;
import vn.phoihop.executiveboard.consultations.domain.RequestedConsultation;
import vn.phoihop.regulation.Regulations;

/**
 * The executive board as the simulation runs it: its consultations, its outbox, its roster and regulations, and
 * what its Kafka adapter (CadreBoardEvents) and use cases do with the cadre board's messages and the committee's
 * commands.
 */
final class ExecutiveBoardNode {

    private final Regulations regulations;

    private final Roster roster;

    private final Map<UUID, Consultation> consultations = new LinkedHashMap<>();

    private final List<Message> outbox = new ArrayList<>();

    private long published;

    ExecutiveBoardNode(Regulations regulations, Roster roster) {
        this.regulations = regulations;
        this.roster = roster;
    }

    Optional<Consultation> find(UUID caseId) {
        return Optional.ofNullable(consultations.get(caseId));
    }

    Map<UUID, ConsultationState> snapshot() {
        Map<UUID, ConsultationState> states = new LinkedHashMap<>();
        consultations.forEach((id, c) -> states.put(id, c.state()));
        return states;
    }

    /** CadreBoardEvents.dispatch: the event it publishes in reply, if any. */
    Optional<ConsultationEvent> receive(Message message) {
        switch (message.event()) {
            case ConsultationRequested requested -> {
                return Optional.of(receive(ToExecutiveBoard.request(requested, message)));
            }
            case InformationSupplied supplied -> existing(message.caseId())
                .supplyInformation(ToExecutiveBoard.information(supplied));
            case CaseWithdrawn withdrawn -> existing(message.caseId()).withdraw(ToExecutiveBoard.withdrawal(withdrawn));
            case DecisionFinalised decided -> existing(message.caseId()).close(ToExecutiveBoard.decision(decided));
            case SubmittedUpward submitted -> existing(message.caseId())
                .close(ToExecutiveBoard.upwardSubmission(submitted));
            case ConsultationOverdue overdue -> existing(message.caseId())
                .flagOverdue(overdue.proposalVersion(), ToExecutiveBoard.deemedConsent(overdue));
            default -> {
                // DecisionMeetingRecorded asks nothing of this board
            }
        }
        return Optional.empty();
    }

    /** ReceiveConsultationHandler: a new consultation, or a new request on the existing one. */
    private ConsultationEvent receive(RequestedConsultation request) {
        Consultation existing = consultations.get(request.caseId());
        if (existing != null) {
            return existing.requestAgain(request, regulations, roster);
        }
        Opened opened = Consultation.open(request, regulations, roster);
        consultations.put(request.caseId(), opened.consultation());
        return opened.event();
    }

    MemberReviewRecorded review(UUID caseId, Optional<String> reviewer, OpinionOutcome recommendation,
            LocalDate reviewedOn) {
        return existing(caseId).recordReview(reviewer, recommendation, "Nhận xét của ủy viên theo dõi", reviewedOn);
    }

    OpinionIssued issueOpinion(UUID caseId, OpinionDraft draft, Clock clock) {
        return existing(caseId).issueOpinion(draft, roster, regulations, clock.now());
    }

    Message publish(ConsultationEvent event, Clock clock) {
        UUID eventId = Labels.executiveEvent(++published);
        if (event instanceof MemberReviewRecorded) {
            consultations.get(event.caseId()).reviewPublishedAs(eventId);
        }
        Message message = Message.of(event, eventId, clock.now(), clock.tick());
        outbox.add(message);
        return message;
    }

    List<Message> outbox() {
        return Collections.unmodifiableList(outbox);
    }

    private Consultation existing(UUID caseId) {
        return find(caseId).orElseThrow(() -> new UnknownCase(caseId));
    }

}
