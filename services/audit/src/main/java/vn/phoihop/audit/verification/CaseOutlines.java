package vn.phoihop.audit.verification;

import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.events.ActionKind;
import vn.phoihop.events.CaseWithdrawn;
import vn.phoihop.events.ConsultationOverdue;
import vn.phoihop.events.ConsultationRefused;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.DecidingAuthority;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.events.Position;
import vn.phoihop.events.SubmittedUpward;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.RegulationKey;

/**
 * Reads a case's outline from its history. The first decision or withdrawal closed the case; what the case rests
 * on is what its upward submission, or else its decision, names.
 */
final class CaseOutlines {

    private CaseOutlines() {
    }

    static CaseOutline of(CaseFacts facts) {
        List<Recorded<ConsultationRequested>> requests = facts.all(ConsultationRequested.class);
        Optional<Recorded<ConsultationRequested>> first = CaseFacts.first(requests);
        Optional<Recorded<ConsultationRequested>> latest = CaseFacts.last(requests);
        Optional<Recorded<SpecificRecord>> closing = closing(facts);
        Optional<DecisionFinalised> decided = closing.flatMap(event -> event.as(DecisionFinalised.class))
            .map(Recorded::event);
        Optional<SubmittedUpward> submission = CaseFacts.first(facts.all(SubmittedUpward.class))
            .map(Recorded::event);
        int version = latest.map(request -> request.event().getProposalVersion())
            .or(() -> decided.map(DecisionFinalised::getProposalVersion))
            .orElse(0);
        Optional<String> opinionId = submission.map(SubmittedUpward::getOpinionEventId)
            .or(() -> decided.map(DecisionFinalised::getOpinionEventId));
        Optional<String> overdueId = submission.map(SubmittedUpward::getOverdueEventId)
            .or(() -> decided.map(DecisionFinalised::getOverdueEventId));
        boolean determined = submission.isPresent() || decided.isPresent();
        Optional<Recorded<OpinionIssued>> opinion = determined
                ? opinionId.flatMap(facts::find).flatMap(found -> found.as(OpinionIssued.class))
                : latestOpinion(facts, version);
        CaseStatus status = closing.isPresent() && decided.isEmpty() ? CaseStatus.WITHDRAWN
                : status(facts, version, decided, submission.isPresent());
        return new CaseOutline(facts.caseId(),
                first.map(request -> request.event().getSubject().getCadreId()).orElse(null),
                first.map(request -> request.event().getActionKind()).orElse(ActionKind.UNKNOWN),
                latest.flatMap(request -> CaseFacts.decisivePosition(request.event()))
                    .map(Position::getTier)
                    .orElse(null),
                regulationOf(facts), version,
                status, decided.map(DecisionFinalised::getOutcome).orElse(null),
                opinion.map(issued -> issued.event().getOutcome()).orElse(null),
                first.map(request -> ConsultationRound.requested(request).startedOn()).orElse(null),
                opinion.map(issued -> issued.event().getMeeting().getMeetingDate()).orElse(null),
                decided.map(decision -> BoardDates.dayOf(decision.getDecidedAt())).orElse(null),
                decided.map(DecisionFinalised::getEffectiveDate).orElse(null),
                opinion.map(issued -> responseWorkingDays(facts, issued)).orElse(null),
                determined ? overdueId.isPresent() : deemedConsent(facts, version),
                decided.map(DecisionFinalised::getContraryToOpinion).orElse(false));
    }

    private static Optional<Recorded<SpecificRecord>> closing(CaseFacts facts) {
        for (Recorded<SpecificRecord> event : facts.events()) {
            if (event.event() instanceof DecisionFinalised || event.event() instanceof CaseWithdrawn) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    private static CaseStatus status(CaseFacts facts, int version, Optional<DecisionFinalised> decided,
            boolean submitted) {
        if (decided.isPresent()) {
            if (decided.get().getAuthority() == DecidingAuthority.HIGHER_AUTHORITY) {
                return CaseStatus.DECIDED_BY_HIGHER_AUTHORITY;
            }
            return decided.get().getOutcome() == DecisionOutcome.APPROVED ? CaseStatus.DECIDED_APPROVED
                    : CaseStatus.DECIDED_REJECTED;
        }
        if (submitted) {
            return CaseStatus.SUBMITTED_UPWARD;
        }
        boolean refused = facts.all(ConsultationRefused.class)
            .stream()
            .anyMatch(refusal -> refusal.event().getProposalVersion() == version);
        return refused ? CaseStatus.REFUSED : CaseStatus.PENDING;
    }

    private static Optional<Recorded<OpinionIssued>> latestOpinion(CaseFacts facts, int version) {
        return CaseFacts.last(facts.all(OpinionIssued.class)
            .stream()
            .filter(opinion -> opinion.event().getProposalVersion() == version)
            .filter(opinion -> opinion.event().getOutcome() != OpinionOutcome.REQUEST_INFORMATION)
            .toList());
    }

    /** Undecided, silence counts as consent once the current version was found overdue so and no opinion came since. */
    private static boolean deemedConsent(CaseFacts facts, int version) {
        Optional<Recorded<OpinionIssued>> opinion = latestOpinion(facts, version);
        return CaseFacts.last(facts.all(ConsultationOverdue.class)
            .stream()
            .filter(overdue -> overdue.event().getProposalVersion() == version)
            .toList())
            .filter(overdue -> overdue.event().getDeemedConsent())
            .filter(overdue -> opinion.filter(overdue::before).isEmpty())
            .isPresent();
    }

    /** From the start of the round the opinion answered to its meeting; null when the calendar cannot count it. */
    private static Integer responseWorkingDays(CaseFacts facts, Recorded<OpinionIssued> opinion) {
        Optional<ConsultationRound> round = facts.roundOf(opinion.event().getProposalVersion(), opinion);
        Optional<Regulation> regulation = facts.regulation().known();
        if (round.isEmpty() || regulation.isEmpty()) {
            return null;
        }
        try {
            return regulation.get()
                .calendar()
                .workingDaysBetween(round.get().startedOn(), opinion.event().getMeeting().getMeetingDate());
        }
        catch (IllegalStateException uncountable) {
            return null;
        }
    }

    private static RegulationKey regulationOf(CaseFacts facts) {
        CaseRegulation regulation = facts.regulation();
        if (regulation.known().isPresent()) {
            return regulation.known().get().key();
        }
        boolean named = regulation.id() != null && !regulation.id().isBlank() && regulation.version() != null
                && !regulation.version().isBlank();
        return named ? new RegulationKey(regulation.id(), regulation.version()) : null;
    }
}
