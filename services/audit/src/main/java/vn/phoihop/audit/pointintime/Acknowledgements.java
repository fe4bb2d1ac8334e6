package vn.phoihop.audit.pointintime;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import vn.phoihop.audit.history.HistoryEvent;
import vn.phoihop.events.ConsultationReceived;
import vn.phoihop.events.ConsultationRefused;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.InformationSupplied;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.events.SubmittedUpward;

/**
 * Which of the other board's events a board's own events answer. Most name it by id: the executive board's receipt
 * or refusal names the request, the cadre board's decision or submission upward names the opinion it rests on. Two
 * answer by proposal version, since they carry no id: the cadre board's information answers the request for
 * information on its version, and the next opinion on that version comes only once the information arrived.
 */
final class Acknowledgements {

    private Acknowledgements() {
    }

    /** For each event of {@code received} that an event of {@code own} answers: its id and the first answer's. */
    static Map<String, String> of(List<HistoryEvent> own, List<HistoryEvent> received) {
        Map<String, String> answered = new HashMap<>();
        for (HistoryEvent answer : own) {
            answered(answer, received).ifPresent(eventId -> answered.putIfAbsent(eventId, answer.eventId()));
        }
        return answered;
    }

    private static Optional<String> answered(HistoryEvent answer, List<HistoryEvent> received) {
        return switch (answer.event()) {
            case ConsultationReceived receipt -> Optional.of(receipt.getRequestEventId());
            case ConsultationRefused refusal -> Optional.of(refusal.getRequestEventId());
            case DecisionFinalised decision -> Optional.ofNullable(decision.getOpinionEventId());
            case SubmittedUpward submission -> Optional.ofNullable(submission.getOpinionEventId());
            case InformationSupplied supplied -> latestBefore(answer.occurredAt(), received,
                    event -> event instanceof OpinionIssued opinion
                            && opinion.getProposalVersion() == supplied.getProposalVersion()
                            && opinion.getOutcome() == OpinionOutcome.REQUEST_INFORMATION);
            case OpinionIssued opinion -> latestBefore(answer.occurredAt(), received,
                    event -> event instanceof InformationSupplied supplied
                            && supplied.getProposalVersion() == opinion.getProposalVersion());
            default -> Optional.empty();
        };
    }

    // the board could answer only what the broker had taken before it acted
    private static Optional<String> latestBefore(Instant answeredAt, List<HistoryEvent> received,
            Predicate<Object> answers) {
        return received.stream()
            .filter(event -> !event.brokerTime().isAfter(answeredAt) && answers.test(event.event()))
            .reduce((earlier, later) -> later)
            .map(HistoryEvent::eventId);
    }
}
