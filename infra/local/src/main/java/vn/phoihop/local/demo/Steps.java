package vn.phoihop.local.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import vn.phoihop.local.demo.Round.Outcome;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.WorkingDayCalendar;

/**
 * The dates of a case's rounds, on working days: the member reviews after the request, the Standing Committee
 * meets after the review and no later than the due date the regulation sets for that request.
 */
final class Steps {

    /** One round's dates; null where the step does not happen. */
    record Step(int version, LocalDate requestedOn, LocalDate reviewedOn, Outcome recommendation,
            LocalDate meetingOn, Outcome outcome, LocalDate followUpOn) {

        Step followedUpOn(LocalDate day) {
            return new Step(version, requestedOn, reviewedOn, recommendation, meetingOn, outcome, day);
        }
    }

    private final Random random;
    private final Regulation regulation;
    private final WorkingDayCalendar calendar;

    Steps(Random random, Regulation regulation) {
        this.random = random;
        this.regulation = regulation;
        this.calendar = regulation.calendar();
    }

    List<Step> of(Story story, ActionKind kind, LocalDate requested) {
        return switch (story) {
            case ROUTINE, SUBJECT_RECUSED, CONFLICT_DECLARED, UNDECIDED, WITHDRAWN_AFTER_OPINION ->
                List.of(consulted(kind, 1, requested, Outcome.AGREE));
            case CONTRARY_DECISION -> List.of(consulted(kind, 1, requested, Outcome.DISAGREE));
            case AMENDED_AFTER_CONDITIONS -> {
                Step first = consulted(kind, 1, requested, Outcome.AGREE_WITH_CONDITIONS);
                first = first.followedUpOn(after(first.meetingOn(), 2, 6));
                yield List.of(first, consulted(kind, 2, first.followUpOn(), Outcome.AGREE));
            }
            case AMENDED_BEFORE_OPINION -> {
                LocalDate reviewed = after(requested, 1, 3);
                LocalDate amended = after(reviewed, 1, 2);
                yield List.of(new Step(1, requested, reviewed, Outcome.AGREE, null, null, amended),
                        consulted(kind, 2, amended, Outcome.AGREE));
            }
            case INFORMATION_REQUESTED -> {
                Step first = consulted(kind, 1, requested, Outcome.REQUEST_INFORMATION);
                LocalDate supplied = after(first.meetingOn(), 3, 8);
                LocalDate met = after(supplied, 2, responseDays(kind));
                yield List.of(first.followedUpOn(supplied),
                        new Step(1, supplied, null, null, met, Outcome.AGREE, null));
            }
            case WITHDRAWN_BEFORE_OPINION ->
                List.of(new Step(1, requested, after(requested, 1, 3), Outcome.AGREE, null, null, null));
            case DEEMED_CONSENT, LEFT_UNANSWERED -> List.of(new Step(1, requested, null, null, null, null, null));
        };
    }

    private Step consulted(ActionKind kind, int version, LocalDate requested, Outcome outcome) {
        LocalDate due = dueDate(kind, requested);
        LocalDate reviewed = after(requested, 1, responseDays(kind) - 3);
        LocalDate met = after(reviewed, 1, calendar.workingDaysBetween(reviewed, due));
        return new Step(version, requested, reviewed, outcome, met, outcome, null);
    }

    LocalDate dueDate(ActionKind kind, LocalDate requested) {
        return regulation.responseDueDate(kind, requested);
    }

    /** A working day {@code min} to {@code max} working days after {@code day}. */
    LocalDate after(LocalDate day, int min, int max) {
        return calendar.plusWorkingDays(day, min + random.nextInt(max - min + 1));
    }

    private int responseDays(ActionKind kind) {
        return regulation.rulesFor(kind).consultation().responseWorkingDays();
    }
}
