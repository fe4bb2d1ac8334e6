package vn.phoihop.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.phoihop.executiveboard.consultations.domain.BallotTally;
import vn.phoihop.executiveboard.consultations.domain.MeetingMinutes;
import vn.phoihop.executiveboard.consultations.domain.OpinionDraft;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;
import vn.phoihop.executiveboard.consultations.domain.Recusal;
import vn.phoihop.executiveboard.consultations.domain.RecusalReason;

/** Turns a {@link MeetingPlan} into the minutes and conclusion the committee's secretary enters. */
final class Meetings {

    private static final String STRANGER = "m99";

    private Meetings() {
    }

    static OpinionDraft draft(MeetingPlan plan, RosterSpec roster, String subjectCadreId, int currentVersion,
            LocalDate today) {
        List<String> summoned = summoned(plan, roster);
        List<String> present = new ArrayList<>(summoned.subList(0, Math.max(0, summoned.size() - plan.absent())));
        if (plan.strayAttendee()) {
            present.add(roster.activeMembers().stream().filter(id -> !summoned.contains(id)).findFirst().orElse(
                    "m98"));
        }
        List<Recusal> recusals = recusals(plan, present, roster.activeMemberWhoIs(subjectCadreId));
        MeetingMinutes minutes = new MeetingMinutes(today.minusDays(plan.daysAgo()), summoned, present, recusals,
                tally(plan, present.size() - recusals.size()));
        return new OpinionDraft(version(plan, currentVersion), plan.outcome(), conditions(plan), questions(plan),
                minutes);
    }

    private static List<String> summoned(MeetingPlan plan, RosterSpec roster) {
        List<String> active = new ArrayList<>(roster.activeMembers());
        switch (plan.summons()) {
            case ALL_ACTIVE -> {
                // everyone
            }
            case ALL_BUT_ONE -> active.removeLast();
            case WITH_INACTIVE -> active.add(roster.inactiveMembers().stream().findFirst().orElse(STRANGER));
            case WITH_STRANGER -> active.add(STRANGER);
        }
        return active;
    }

    private static List<Recusal> recusals(MeetingPlan plan, List<String> present, Optional<String> subject) {
        List<Recusal> recusals = new ArrayList<>();
        subject.filter(present::contains)
            .filter(id -> plan.subjectRecuses())
            .ifPresent(id -> recusals.add(new Recusal(id, RecusalReason.SUBJECT_OF_CASE)));
        List<String> others = present.stream().filter(id -> subject.filter(id::equals).isEmpty()).toList();
        if (plan.conflictRecusal() && !others.isEmpty()) {
            recusals.add(new Recusal(others.getFirst(), RecusalReason.DECLARED_CONFLICT));
        }
        if (plan.falseSubjectRecusal() && others.size() > 1) {
            recusals.add(new Recusal(others.get(1), RecusalReason.SUBJECT_OF_CASE));
        }
        return recusals;
    }

    private static BallotTally tally(MeetingPlan plan, int voters) {
        int extra = plan.overcount() ? 1 : 0;
        if (plan.outcome() == OpinionOutcome.REQUEST_INFORMATION) {
            return new BallotTally(0, 0, 0, extra == 0 ? 0 : voters + extra);
        }
        int inFavour = Math.max(0, voters - plan.withheld());
        int against = Math.min(plan.dissent(), voters - inFavour);
        int abstain = voters - inFavour - against;
        return plan.outcome() == OpinionOutcome.DISAGREE ? new BallotTally(against, inFavour, abstain, extra)
                : new BallotTally(inFavour, against, abstain, extra);
    }

    private static Integer version(MeetingPlan plan, int current) {
        return switch (plan.version()) {
            case UNSTATED -> null;
            case CURRENT -> current;
            case PREVIOUS -> current - 1;
            case NEXT -> current + 1;
        };
    }

    private static String conditions(MeetingPlan plan) {
        boolean needed = plan.outcome() == OpinionOutcome.AGREE_WITH_CONDITIONS;
        if (plan.detailsStated()) {
            return needed ? "Hoàn thiện hồ sơ trước khi bổ nhiệm" : null;
        }
        // the wrong way round: missing where needed, stated where not
        return needed ? null : "Điều kiện thừa";
    }

    private static List<String> questions(MeetingPlan plan) {
        boolean needed = plan.outcome() == OpinionOutcome.REQUEST_INFORMATION;
        return needed && plan.detailsStated() ? List.of("Đề nghị bổ sung bản kê khai tài sản") : List.of();
    }

}
