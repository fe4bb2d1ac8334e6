package vn.phoihop.local.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.phoihop.local.demo.Ending.DecisionMeeting;
import vn.phoihop.local.demo.Round.Meeting;
import vn.phoihop.local.demo.Round.Opinion;
import vn.phoihop.local.demo.Round.Outcome;
import vn.phoihop.local.demo.Round.Recusal;
import vn.phoihop.local.demo.Round.Tally;
import vn.phoihop.regulation.MeetingRules;

/**
 * Meetings as they go: mostly everyone summoned, one or two absent, a few dissenting ballots. Every Standing
 * Committee meeting is checked against the regulation's quorum and adoption rules before it is planned.
 */
final class Meetings {

    /** The ministry's cadre board (Ban Cán sự đảng): the minister, deputy ministers, head of personnel. */
    static final int CADRE_BOARD_MEMBERS = 6;

    /** Below this many voters a single dissent could sink a conclusion; the demo stays clear of that. */
    private static final int FEWEST_VOTERS = 5;

    private final Random random;
    private final List<String> members;

    Meetings(Random random, List<String> members) {
        this.random = random;
        this.members = List.copyOf(members);
    }

    Opinion opinion(MeetingRules rules, Outcome outcome, LocalDate date, List<Recusal> recusals, String conditions,
            List<String> questions) {
        Meeting meeting = meeting(date, recusals);
        Tally tally = tally(outcome, meeting.voters());
        if (!rules.quorate(meeting.present().size(), meeting.summoned().size())
                || !rules.adopted(tally.votesFor(outcome), members.size(), meeting.voters())) {
            throw new IllegalStateException("the demo planned an invalid meeting: " + meeting + " " + tally);
        }
        return new Opinion(outcome, conditions, questions, meeting, tally);
    }

    private Meeting meeting(LocalDate date, List<Recusal> recusals) {
        List<String> mustAttend = recusals.stream().map(Recusal::memberId).toList();
        List<String> summoned = new ArrayList<>(members);
        if (random.nextInt(100) < 15) {
            summoned.remove(absentee(summoned, mustAttend)); // away on mission: not summoned
        }
        List<String> present = new ArrayList<>(summoned);
        int absent = random.nextInt(100) < 60 ? 0 : random.nextInt(100) < 75 ? 1 : 2;
        for (int i = 0; i < absent && present.size() - recusals.size() > FEWEST_VOTERS; i++) {
            present.remove(absentee(present, mustAttend));
        }
        return new Meeting(date, summoned, present, recusals);
    }

    private String absentee(List<String> attending, List<String> mustAttend) {
        List<String> candidates = attending.stream().filter(member -> !mustAttend.contains(member)).toList();
        return candidates.get(random.nextInt(candidates.size()));
    }

    private Tally tally(Outcome outcome, int voters) {
        if (outcome == Outcome.REQUEST_INFORMATION) {
            return new Tally(voters, 0, 0, 0);
        }
        int dissent = Math.min(random.nextInt(100) < 60 ? 0 : random.nextInt(100) < 75 ? 1 : 2, voters - 4);
        int abstain = dissent > 0 && random.nextBoolean() ? 1 : 0;
        int invalid = dissent - abstain > 1 ? 1 : 0;
        int against = dissent - abstain - invalid;
        return outcome == Outcome.DISAGREE
                ? new Tally(against, voters - dissent, abstain, invalid)
                : new Tally(voters - dissent, against, abstain, invalid);
    }

    /** The cadre board's own meeting: approves by more than half of its members; a contrary decision is tighter. */
    DecisionMeeting decisionMeeting(LocalDate date, boolean contrary) {
        int present = contrary || random.nextInt(100) < 70 ? CADRE_BOARD_MEMBERS : CADRE_BOARD_MEMBERS - 1;
        int against = contrary ? 1 : random.nextInt(100) < 85 ? 0 : 1;
        int abstain = contrary ? 1 : 0;
        return new DecisionMeeting(date, CADRE_BOARD_MEMBERS, present, present - against - abstain, against,
                abstain);
    }
}
