package vn.phoihop.audit.verification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.phoihop.events.BallotTally;
import vn.phoihop.events.DecisionMeetingRecorded;
import vn.phoihop.events.Meeting;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.Recusal;

/**
 * {@code meeting-counts}: a meeting's record holds together before any rule is counted on it: the Standing
 * Committee's lists and counts agree, present members were summoned, recused ones present, nobody twice, no more
 * ballots than members present; and the cadre board's own meeting has no more present than members nor more votes
 * than present. Ballots of recused members are {@link RecusalCheck}'s. All problems of a meeting are one violation.
 */
final class MeetingCountsCheck implements CaseCheck {

    @Override
    public void check(CaseFacts facts, Findings findings) {
        for (Recorded<OpinionIssued> opinion : facts.all(OpinionIssued.class)) {
            report(opinion, standingCommittee(opinion.event()), findings);
        }
        for (Recorded<DecisionMeetingRecorded> meeting : facts.all(DecisionMeetingRecorded.class)) {
            report(meeting, cadreBoard(meeting.event()), findings);
        }
    }

    private static void report(Recorded<?> at, List<String> problems, Findings findings) {
        if (!problems.isEmpty()) {
            findings.add(CaseRules.MEETING_COUNTS, at, String.join("; ", problems));
        }
    }

    private static List<String> standingCommittee(OpinionIssued opinion) {
        Meeting meeting = opinion.getMeeting();
        List<String> problems = new ArrayList<>();
        if (CaseFacts.carriesAttendance(opinion)) {
            List<String> recused = meeting.getRecusals().stream().map(Recusal::getMemberId).toList();
            listed(problems, "summoned", meeting.getSummoned(), meeting.getSummonedMemberIds());
            listed(problems, "present", meeting.getPresent(), meeting.getPresentMemberIds());
            listed(problems, "recused", meeting.getRecused(), recused);
            outside(problems, "present but not summoned", meeting.getPresentMemberIds(),
                    meeting.getSummonedMemberIds());
            outside(problems, "recused but not present", recused, meeting.getPresentMemberIds());
        }
        Attendance attendance = Attendance.of(opinion);
        if (attendance.summoned() < 1) {
            problems.add("no member was summoned");
        }
        if (attendance.present() > attendance.summoned() || attendance.recused() > attendance.present()) {
            problems.add(attendance.present() + " present of " + attendance.summoned() + " summoned, "
                    + attendance.recused() + " recused");
        }
        if (attendance.summoned() > attendance.membersTotal()) {
            problems.add(attendance.summoned() + " summoned from a committee of " + attendance.membersTotal());
        }
        BallotTally tally = attendance.tally();
        if (tally.getAgree() < 0 || tally.getDisagree() < 0 || tally.getAbstain() < 0 || tally.getInvalid() < 0) {
            problems.add("a negative ballot count " + tallyOf(tally));
        }
        if (attendance.cast() > attendance.present()) {
            problems.add(attendance.cast() + " ballots " + tallyOf(tally) + " but only " + attendance.present()
                    + " members present");
        }
        return problems;
    }

    private static List<String> cadreBoard(DecisionMeetingRecorded meeting) {
        List<String> problems = new ArrayList<>();
        int votes = meeting.getInFavour() + meeting.getAgainst() + meeting.getAbstain();
        if (meeting.getPresent() > meeting.getMembersTotal()) {
            problems.add(meeting.getPresent() + " present of a board of " + meeting.getMembersTotal() + " members");
        }
        if (Math.min(meeting.getInFavour(), Math.min(meeting.getAgainst(), meeting.getAbstain())) < 0) {
            problems.add("a negative vote count");
        }
        if (votes > meeting.getPresent()) {
            problems.add(votes + " votes (" + meeting.getInFavour() + " for, " + meeting.getAgainst() + " against, "
                    + meeting.getAbstain() + " abstaining) but only " + meeting.getPresent() + " members present");
        }
        return problems;
    }

    private static void listed(List<String> problems, String role, int count, List<String> memberIds) {
        if (count != memberIds.size()) {
            problems.add(count + " " + role + " but " + memberIds.size() + " member ids listed");
        }
        Set<String> seen = new HashSet<>();
        List<String> twice = memberIds.stream().filter(id -> !seen.add(id)).distinct().toList();
        if (!twice.isEmpty()) {
            problems.add("listed twice among the " + role + ": " + String.join(", ", twice));
        }
    }

    private static void outside(List<String> problems, String what, List<String> memberIds, List<String> among) {
        List<String> outside = memberIds.stream().filter(id -> !among.contains(id)).distinct().toList();
        if (!outside.isEmpty()) {
            problems.add(what + ": " + String.join(", ", outside));
        }
    }

    static String tallyOf(BallotTally tally) {
        return "(" + tally.getAgree() + " agree, " + tally.getDisagree() + " disagree, " + tally.getAbstain()
                + " abstain, " + tally.getInvalid() + " invalid)";
    }
}
