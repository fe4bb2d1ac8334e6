package vn.phoihop.audit.pointintime;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.audit.history.HistoryEvent;
import vn.phoihop.events.CaseWithdrawn;
import vn.phoihop.events.ConsultationOverdue;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.InformationSupplied;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.SubmittedUpward;
import vn.phoihop.events.Topics;

/**
 * A case as it stood at {@code asOf}, from its history alone. The facts are what the board that produced them had
 * done by then (an event counts from when it occurred); each board's side adds what it could read of the other's
 * (an event counts from when the broker took it) and which of that it had answered. Before the case's first event
 * the case did not exist yet as far as the history shows: {@code existed} is false, every fact null, the cadre
 * board {@code DRAFT} and the executive board {@code NOT_RECEIVED}.
 *
 * @param proposal the version last sent for an opinion; null when none was (or the kind needs no consultation)
 * @param overdue the finding that the opinion on the current version is overdue; null when there is none, or when
 *        information supplied or an amendment restarted the deadline since
 * @param latestOpinion the Standing Committee's last opinion on any version; compare its version with the proposal's
 */
public record CaseAsOf(String caseId, Instant asOf, boolean existed, ProposalAsOf proposal, OverdueAsOf overdue,
        OpinionAsOf latestOpinion, UpwardSubmissionAsOf upwardSubmission, DecisionAsOf decision,
        WithdrawalAsOf withdrawal, BoardAsOf<CadreBoardStatus> cadreBoard,
        BoardAsOf<ExecutiveBoardStatus> executiveBoard) {

    public static CaseAsOf of(CaseHistory history, Instant asOf) {
        List<HistoryEvent> cadre = occurred(history, Topics.CADRE_BOARD, asOf);
        List<HistoryEvent> executive = occurred(history, Topics.EXECUTIVE_BOARD, asOf);
        return new CaseAsOf(history.caseId(), asOf, !cadre.isEmpty() || !executive.isEmpty(),
                last(cadre, ConsultationRequested.class).map(ProposalAsOf::of).orElse(null),
                currentOverdue(cadre).map(OverdueAsOf::of).orElse(null),
                last(executive, OpinionIssued.class).map(OpinionAsOf::of).orElse(null),
                last(cadre, SubmittedUpward.class).map(UpwardSubmissionAsOf::of).orElse(null),
                last(cadre, DecisionFinalised.class).map(DecisionAsOf::of).orElse(null),
                last(cadre, CaseWithdrawn.class).map(WithdrawalAsOf::of).orElse(null),
                BoardAsOf.of(history, Topics.CADRE_BOARD, asOf, CadreBoardReplay::of),
                BoardAsOf.of(history, Topics.EXECUTIVE_BOARD, asOf, ExecutiveBoardReplay::of));
    }

    private static List<HistoryEvent> occurred(CaseHistory history, String producer, Instant asOf) {
        return history.producedBy(producer).stream().filter(event -> !event.occurredAt().isAfter(asOf)).toList();
    }

    private static <E> Optional<E> last(List<HistoryEvent> events, Class<E> type) {
        return events.stream().map(HistoryEvent::event).filter(type::isInstance).map(type::cast)
            .reduce((earlier, later) -> later);
    }

    // a new request or supplied information starts a new deadline, so an earlier finding no longer stands
    private static Optional<ConsultationOverdue> currentOverdue(List<HistoryEvent> cadre) {
        ConsultationOverdue current = null;
        for (HistoryEvent event : cadre) {
            switch (event.event()) {
                case ConsultationOverdue overdue -> current = overdue;
                case ConsultationRequested requested -> current = null;
                case InformationSupplied supplied -> current = null;
                default -> {
                    // the board's meeting, submission, decision or withdrawal leave the finding as it was
                }
            }
        }
        return Optional.ofNullable(current);
    }
}
