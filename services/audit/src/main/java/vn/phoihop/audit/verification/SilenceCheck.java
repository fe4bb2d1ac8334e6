package vn.phoihop.audit.verification;

import java.util.Optional;

import vn.phoihop.events.ConsultationOverdue;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.regulation.ActionRules;
import vn.phoihop.regulation.SilenceRule;
import vn.phoihop.regulation.WorkingDayCalendar;

/**
 * {@code silence}: what the executive board's silence means is the regulation's to say for each action kind. The
 * cadre board finds a round overdue once, when a working day after its due date has come, with the regulation's
 * silence rule; and a decision or submission rests on silence only where that rule is consent. A request written
 * before ConsultationRequested v2 carried no silence rule (UNKNOWN).
 */
final class SilenceCheck implements CaseCheck {

    @Override
    public void check(CaseFacts facts, Findings findings) {
        facts.rules().ifPresent(rules -> {
            SilenceRule silence = rules.consultation().silence();
            for (Recorded<ConsultationRequested> request : facts.all(ConsultationRequested.class)) {
                vn.phoihop.events.SilenceRule stated = request.event().getSilenceRule();
                if (stated != vn.phoihop.events.SilenceRule.UNKNOWN && !stated.name().equals(silence.name())) {
                    findings.add(CaseRules.SILENCE, request, "the request states silence rule " + stated + "; "
                            + facts.regulation() + " sets " + silence + " for " + rules.kind());
                }
            }
            WorkingDayCalendar calendar = facts.regulation().known().orElseThrow().calendar();
            facts.all(ConsultationOverdue.class).forEach(overdue -> {
                meaning(rules, overdue, findings);
                found(facts, calendar, overdue, findings);
            });
            Determination.all(facts).forEach(determination -> restsOnConsent(facts, rules, determination, findings));
        });
    }

    private static void meaning(ActionRules rules, Recorded<ConsultationOverdue> overdue, Findings findings) {
        SilenceRule silence = rules.consultation().silence();
        ConsultationOverdue event = overdue.event();
        if (!event.getSilenceRule().name().equals(silence.name())) {
            findings.add(CaseRules.SILENCE, overdue, "the overdue finding states silence rule "
                    + event.getSilenceRule() + "; the regulation sets " + silence + " for " + rules.kind());
        }
        if (event.getDeemedConsent() != (silence == SilenceRule.CONSENT)) {
            findings.add(CaseRules.SILENCE, overdue, "deemedConsent = " + event.getDeemedConsent()
                    + ", but silence means " + silence + " for " + rules.kind());
        }
    }

    private static void found(CaseFacts facts, WorkingDayCalendar calendar, Recorded<ConsultationOverdue> overdue,
            Findings findings) {
        ConsultationOverdue event = overdue.event();
        int version = event.getProposalVersion();
        facts.requestBefore(overdue)
            .map(request -> request.event().getProposalVersion())
            .filter(current -> current != version)
            .ifPresent(current -> findings.add(CaseRules.SILENCE, overdue, "proposal version " + version
                    + " found overdue while version " + current + " was under consultation"));
        Optional<ConsultationRound> round = facts.roundOf(version, overdue);
        if (round.isEmpty()) {
            findings.add(CaseRules.SILENCE, overdue, "no request on proposal version " + version + " came before");
            return;
        }
        if (!event.getDueDate().equals(round.get().dueDate())) {
            findings.add(CaseRules.SILENCE, overdue, "found overdue against " + event.getDueDate() + ", but "
                    + round.get().opening() + " set the due date " + round.get().dueDate());
        }
        if (event.getDetectedOn().isAfter(overdue.producedOn())) {
            findings.add(CaseRules.SILENCE, overdue, "detected on " + event.getDetectedOn()
                    + ", after the day it was published, " + overdue.producedOn());
        }
        passed(calendar, overdue, round.get(), findings);
        facts.before(ConsultationOverdue.class, overdue)
            .stream()
            .filter(earlier -> earlier.event().getProposalVersion() == version)
            .filter(round.get().opening()::before)
            .findFirst()
            .ifPresent(earlier -> findings.add(CaseRules.SILENCE, overdue, "the round opened by "
                    + round.get().opening() + " was already found overdue by " + earlier));
    }

    /** Overdue once a working day after the due date has come, as docs/protocol.md says. */
    private static void passed(WorkingDayCalendar calendar, Recorded<ConsultationOverdue> overdue,
            ConsultationRound round, Findings findings) {
        try {
            if (calendar.workingDaysBetween(round.dueDate(), overdue.event().getDetectedOn()) == 0) {
                findings.add(CaseRules.SILENCE, overdue, "found overdue on " + overdue.event().getDetectedOn()
                        + ", before a working day had passed after the due date " + round.dueDate());
            }
        }
        catch (IllegalStateException uncountable) {
            findings.add(CaseRules.SILENCE, overdue, "cannot be verified: " + uncountable.getMessage());
        }
    }

    private static void restsOnConsent(CaseFacts facts, ActionRules rules, Determination determination,
            Findings findings) {
        Optional.ofNullable(determination.overdueEventId())
            .flatMap(facts::find)
            .flatMap(found -> found.as(ConsultationOverdue.class))
            .ifPresent(overdue -> {
                if (rules.consultation().silence() != SilenceRule.CONSENT) {
                    findings.add(CaseRules.SILENCE, determination.at(), determination.what() + " rests on silence ("
                            + overdue + "), which the regulation counts as " + rules.consultation().silence()
                            + " for " + rules.kind());
                }
                else if (!overdue.event().getDeemedConsent()) {
                    findings.add(CaseRules.SILENCE, determination.at(), determination.what() + " rests on "
                            + overdue + ", which found no consent");
                }
            });
    }
}
