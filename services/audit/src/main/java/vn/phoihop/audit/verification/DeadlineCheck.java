package vn.phoihop.audit.verification;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.events.ConsultationReceived;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.InformationSupplied;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.Regulation;

/**
 * {@code deadline}: every due date the cadre board set is the regulation's working days after the request's date or
 * the day information was supplied, neither of which may lie after the day it was published; the executive board
 * carries the due date it was given; and an opinion is late exactly when its meeting, held no later than the day it
 * was published, was after the due date of the round it answered. Lateness is judged against the due date the boards
 * used, which is itself checked here once.
 */
final class DeadlineCheck implements CaseCheck {

    @Override
    public void check(CaseFacts facts, Findings findings) {
        facts.regulation().known().ifPresent(regulation -> facts.regulation().kind().ifPresent(kind -> {
            facts.all(ConsultationRequested.class)
                .forEach(request -> set(regulation, kind, ConsultationRound.requested(request),
                        request.event().getRequestDate(), findings));
            facts.all(InformationSupplied.class)
                .forEach(supplied -> set(regulation, kind, ConsultationRound.supplied(supplied),
                        supplied.event().getSuppliedOn(), findings));
        }));
        facts.all(ConsultationReceived.class).forEach(receipt -> carried(facts, receipt, findings));
        facts.all(OpinionIssued.class)
            .stream()
            .filter(opinion -> CaseFacts.carriesAttendance(opinion.event()))
            .forEach(opinion -> late(facts, opinion, findings));
    }

    /** @param stated the date the board stated, which may not be after the day it published it; null when none */
    private static void set(Regulation regulation, ActionKind kind, ConsultationRound round, LocalDate stated,
            Findings findings) {
        Recorded<?> opening = round.opening();
        if (stated != null && stated.isAfter(opening.producedOn())) {
            findings.add(CaseRules.DEADLINE, opening, "the deadline counts from " + stated
                    + ", after the day the event was published, " + opening.producedOn());
        }
        LocalDate due;
        try {
            due = regulation.responseDueDate(kind, round.startedOn());
        }
        catch (IllegalStateException uncountable) {
            findings.add(CaseRules.DEADLINE, opening, "due date " + round.dueDate() + " cannot be verified: "
                    + uncountable.getMessage());
            return;
        }
        if (!due.equals(round.dueDate())) {
            findings.add(CaseRules.DEADLINE, opening, "due date " + round.dueDate() + ", but "
                    + regulation.rulesFor(kind).consultation().responseWorkingDays() + " working days after "
                    + round.startedOn() + " is " + due + " under " + regulation);
        }
    }

    private static void carried(CaseFacts facts, Recorded<ConsultationReceived> receipt, Findings findings) {
        int version = receipt.event().getProposalVersion();
        List<LocalDate> set = facts.rounds()
            .filter(round -> round.proposalVersion() == version && round.opening().before(receipt))
            .map(ConsultationRound::dueDate)
            .toList();
        if (!set.isEmpty() && !set.contains(receipt.event().getDueDate())) {
            findings.add(CaseRules.DEADLINE, receipt, "the receipt of proposal version " + version
                    + " carries due date " + receipt.event().getDueDate() + "; the cadre board set " + set);
        }
    }

    private static void late(CaseFacts facts, Recorded<OpinionIssued> opinion, Findings findings) {
        OpinionIssued issued = opinion.event();
        LocalDate met = issued.getMeeting().getMeetingDate();
        if (met.isAfter(opinion.producedOn())) {
            findings.add(CaseRules.DEADLINE, opinion, "the meeting on " + met + " is after the day the opinion was "
                    + "published, " + opinion.producedOn());
        }
        facts.roundOf(issued.getProposalVersion(), opinion).ifPresent(round -> {
            boolean late = met.isAfter(round.dueDate());
            if (issued.getLate() != late) {
                findings.add(CaseRules.DEADLINE, opinion, "the meeting on " + met + " was " + (late ? "after" : "by")
                        + " the due date " + round.dueDate() + ", but the opinion says late = " + issued.getLate());
            }
        });
    }
}
