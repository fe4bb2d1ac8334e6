package vn.phoihop.audit.pointintime;

import static vn.phoihop.audit.pointintime.CadreBoardStatus.AWAITING_OPINION;
import static vn.phoihop.audit.pointintime.CadreBoardStatus.DEEMED_CONSENT;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.audit.history.HistoryEvent;
import vn.phoihop.events.CaseWithdrawn;
import vn.phoihop.events.ConsultationOverdue;
import vn.phoihop.events.ConsultationRefused;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.DecisionMeetingRecorded;
import vn.phoihop.events.InformationSupplied;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.events.SubmittedUpward;
import vn.phoihop.events.Topics;

/** The cadre board's status, replayed as {@link CadreBoardStatus} describes. */
final class CadreBoardReplay {

    private CadreBoardStatus status = CadreBoardStatus.DRAFT;

    private int version;

    private LocalDate dueDate;

    private CadreBoardReplay() {
    }

    /** {@code seen}: the board's own events and those of the executive board it could read, in history order. */
    static Standing<CadreBoardStatus> of(List<HistoryEvent> seen) {
        CadreBoardReplay replay = new CadreBoardReplay();
        seen.forEach(replay::apply);
        return new Standing<>(replay.status, replay.version, replay.dueDate);
    }

    private void apply(HistoryEvent seen) {
        if (seen.producer().equals(Topics.CADRE_BOARD)) {
            // every event of the board names the version it stands on
            this.version = EventSummary.versionOf(seen);
        }
        switch (seen.event()) {
            case ConsultationRequested requested -> await(requested.getResponseDueDate());
            case InformationSupplied supplied -> await(supplied.getResponseDueDate());
            case ConsultationOverdue overdue -> {
                if (overdue.getDeemedConsent()) {
                    this.status = DEEMED_CONSENT;
                }
            }
            case DecisionMeetingRecorded meeting -> {
                // a meeting with nothing published before it: the kind needs no consultation
                if (this.status == CadreBoardStatus.DRAFT) {
                    this.status = CadreBoardStatus.READY_FOR_DECISION;
                }
            }
            case SubmittedUpward submitted -> this.status = CadreBoardStatus.SUBMITTED_UPWARD;
            case DecisionFinalised decided -> this.status = CadreBoardStatus.DECIDED;
            case CaseWithdrawn withdrawn -> this.status = CadreBoardStatus.WITHDRAWN;
            case OpinionIssued opinion -> {
                if (answersWaiting(opinion.getProposalVersion())) {
                    this.status = opinion.getOutcome() == OpinionOutcome.REQUEST_INFORMATION
                            ? CadreBoardStatus.INFORMATION_REQUESTED : CadreBoardStatus.OPINION_RECEIVED;
                }
            }
            case ConsultationRefused refused -> {
                if (answersWaiting(refused.getProposalVersion())) {
                    this.status = CadreBoardStatus.CONSULTATION_REFUSED;
                }
            }
            default -> {
                // the executive board's receipt and its member's review change nothing at the cadre board
            }
        }
    }

    private void await(LocalDate due) {
        this.dueDate = due;
        this.status = AWAITING_OPINION;
    }

    // an answer on an older version is history only, and one after the case ended or went upward too
    private boolean answersWaiting(int proposalVersion) {
        return proposalVersion == this.version && (this.status == AWAITING_OPINION || this.status == DEEMED_CONSENT);
    }
}
