package vn.phoihop.audit.pointintime;

import static vn.phoihop.audit.pointintime.ExecutiveBoardStatus.CLOSED;
import static vn.phoihop.audit.pointintime.ExecutiveBoardStatus.NOT_RECEIVED;
import static vn.phoihop.audit.pointintime.ExecutiveBoardStatus.WITHDRAWN;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.audit.history.HistoryEvent;
import vn.phoihop.events.CaseWithdrawn;
import vn.phoihop.events.ConsultationReceived;
import vn.phoihop.events.ConsultationRefused;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.InformationSupplied;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.events.SubmittedUpward;

/** The executive board's status, replayed as {@link ExecutiveBoardStatus} describes. */
final class ExecutiveBoardReplay {

    private ExecutiveBoardStatus status = NOT_RECEIVED;

    private int version;

    private LocalDate dueDate;

    private ExecutiveBoardReplay() {
    }

    /** {@code seen}: the board's own events and those of the cadre board it could read, in history order. */
    static Standing<ExecutiveBoardStatus> of(List<HistoryEvent> seen) {
        ExecutiveBoardReplay replay = new ExecutiveBoardReplay();
        seen.forEach(replay::apply);
        return new Standing<>(replay.status, replay.version, replay.dueDate);
    }

    private void apply(HistoryEvent seen) {
        switch (seen.event()) {
            case ConsultationReceived received -> {
                // a second receipt of the same version only routes it to the member who now follows the unit
                if (this.status == NOT_RECEIVED || received.getProposalVersion() > this.version) {
                    this.status = ExecutiveBoardStatus.PENDING;
                }
                this.version = received.getProposalVersion();
                this.dueDate = received.getDueDate();
            }
            case ConsultationRefused refused -> {
                this.version = refused.getProposalVersion();
                this.status = ExecutiveBoardStatus.REFUSED;
            }
            case OpinionIssued opinion -> this.status = opinion.getOutcome() == OpinionOutcome.REQUEST_INFORMATION
                    ? ExecutiveBoardStatus.INFORMATION_REQUESTED : ExecutiveBoardStatus.OPINION_ISSUED;
            case InformationSupplied supplied -> {
                if (this.status == ExecutiveBoardStatus.INFORMATION_REQUESTED
                        && supplied.getProposalVersion() == this.version) {
                    this.status = ExecutiveBoardStatus.PENDING;
                    this.dueDate = supplied.getResponseDueDate();
                }
            }
            case CaseWithdrawn withdrawn -> {
                if (this.status != NOT_RECEIVED && this.status != CLOSED) {
                    this.status = WITHDRAWN;
                }
            }
            case DecisionFinalised decided -> close();
            case SubmittedUpward submitted -> close();
            default -> {
                // its member's review changes no status; the cadre board's request waits for this board's receipt,
                // its overdue finding only flags the consultation, and its own meeting concerns only itself
            }
        }
    }

    private void close() {
        if (this.status != NOT_RECEIVED && this.status != WITHDRAWN) {
            this.status = CLOSED;
        }
    }
}
