package vn.phoihop.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.phoihop.cadreboard.cases.domain.DecisionOutcome;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.PositionTier;

/**
 * Draws runs. The weights lean towards what moves a case forward (deliveries, reviews, valid meetings, decisions
 * that follow the board's meeting) so that runs reach decisions, upward submissions and deemed consent, while
 * every kind of wrong command and every network fault keeps coming up.
 */
final class Scenarios {

    private static final int MAX_EPISODES = 80;

    /** Days before today a request is dated (-1: tomorrow, which the cadre board refuses). */
    private static final Weighted<Integer> DAYS_AGO = Weighted.ofInts(9, 0, 2, 1, 1, -1);

    /** The first case more often than the others, so that runs with several cases still get far with one. */
    private static final Weighted<Integer> CASE_NO = Weighted.ofInts(3, 0, 2, 1, 1, 2);

    private static final Weighted<Step.BoardVote> BOARD_VOTES = Weighted.of(6, r -> Step.BoardVote.ADOPTED)
        .or(2, r -> Step.BoardVote.NOT_ADOPTED)
        .or(1, r -> Step.BoardVote.MISCOUNTED)
        .or(1, r -> Step.BoardVote.DATED_TOMORROW);

    private static final Weighted<Step.Choice> CHOICES = Weighted.of(7, r -> Step.Choice.FOLLOW_MEETING)
        .or(2, r -> Step.Choice.APPROVE)
        .or(1, r -> Step.Choice.REJECT);

    private static final Weighted<DecisionOutcome> OUTCOMES = Weighted.of(4, r -> DecisionOutcome.APPROVED)
        .or(1, r -> DecisionOutcome.REJECTED);

    private static final Weighted<Step.Amendment> AMENDMENTS = Weighted.of(4, r -> Step.Amendment.RATIONALE)
        .or(2, r -> Step.Amendment.TIER)
        .or(2, r -> Step.Amendment.UNIT)
        .or(1, r -> Step.Amendment.OTHER_KIND);

    private static final Weighted<Step.Reviewer> REVIEWERS = Weighted.of(8, r -> Step.Reviewer.ASSIGNED_MEMBER)
        .or(1, r -> Step.Reviewer.ANOTHER_MEMBER)
        .or(1, r -> Step.Reviewer.NOT_A_MEMBER);

    private static final Weighted<Step> STEP = Weighted.<Step>of(24, r -> new Step.Deliver(any(r, Direction.class)))
        .or(5, r -> new Step.Settle())
        .or(6, r -> new Step.DeliverOutOfOrder(any(r, Direction.class), between(r, 0, 9)))
        .or(4, r -> new Step.Redeliver(any(r, Direction.class), between(r, 0, 9)))
        .or(2, r -> new Step.Delay(between(r, 1, 10)))
        .or(6, r -> new Step.Submit(CASE_NO.apply(r), DAYS_AGO.apply(r)))
        .or(2, r -> new Step.Amend(CASE_NO.apply(r), AMENDMENTS.apply(r)))
        .or(4, r -> new Step.SupplyInformation(CASE_NO.apply(r), chance(r, 9, 10)))
        .or(1, r -> new Step.Withdraw(CASE_NO.apply(r)))
        .or(5, r -> new Step.HoldDecisionMeeting(CASE_NO.apply(r), BOARD_VOTES.apply(r)))
        .or(5, r -> new Step.Decide(CASE_NO.apply(r), CHOICES.apply(r), chance(r, 4, 10)))
        .or(4, r -> new Step.SubmitUpward(CASE_NO.apply(r), chance(r, 1, 10)))
        .or(2, r -> new Step.RecordHigherDecision(CASE_NO.apply(r), OUTCOMES.apply(r)))
        .or(4, r -> new Step.CheckDeadlines(between(r, 0, 20)))
        .or(10, r -> new Step.Review(CASE_NO.apply(r), REVIEWERS.apply(r), any(r, OpinionOutcome.class)))
        .or(8, r -> new Step.HoldCommitteeMeeting(CASE_NO.apply(r), MeetingPlans.plan(r)));

    /**
     * A piece of history: one step of any kind (mostly), or a few steps on one case that a secretariat, a committee
     * or a network would run in a row: consult, review and conclude, meet and decide, submit upward, answer
     * questions, decide on silence, or a hasty secretariat whose messages then arrive newest first. Random single
     * steps interleave with them, so every fault can still strike in the middle; an episode is a span of at most
     * four steps, which {@link Shrinking} removes at once.
     */
    private static final Weighted<List<Step>> EPISODE = Weighted.<List<Step>>of(40, r -> List.of(STEP.apply(r)))
        .or(12, Scenarios::consult)
        .or(10, Scenarios::reviewAndConclude)
        .or(7, Scenarios::meetAndDecide)
        .or(5, Scenarios::meetAndSubmitUpward)
        .or(5, Scenarios::answerQuestions)
        .or(3, Scenarios::decideOnSilence)
        .or(5, Scenarios::hastySecretariat);

    private static final Weighted<ActionKind> KINDS = Weighted.of(4, r -> ActionKind.REAPPOINTMENT)
        .or(3, r -> ActionKind.TENURE_EXTENSION)
        .or(3, r -> ActionKind.APPOINTMENT)
        .or(4, r -> any(r, ActionKind.class));

    private static final Weighted<PositionTier> TIERS = Weighted.of(4, r -> PositionTier.DEPARTMENT_HEAD)
        .or(3, r -> PositionTier.DEPUTY_MINISTER)
        .or(2, r -> any(r, PositionTier.class));

    /** Mostly -1 (no member inactive; a subject from outside the committee), else a member by index. */
    private static final Weighted<Integer> MOSTLY_NO_MEMBER = Weighted.of(3, r -> -1).or(1, r -> between(r, 0, 8));

    private static final Weighted<Integer> MOSTLY_A_MEMBER = Weighted.of(14, r -> between(r, 0, 8)).or(1, r -> -1);

    private Scenarios() {
    }

    static Scenario scenario(Random random) {
        Delivery delivery = any(random, Delivery.class);
        boolean executiveBoardKnowsRegulation = chance(random, 19, 20);
        RosterSpec roster = new RosterSpec(between(random, 5, 9), MOSTLY_NO_MEMBER.apply(random),
                List.of(MOSTLY_A_MEMBER.apply(random), MOSTLY_A_MEMBER.apply(random), MOSTLY_A_MEMBER.apply(random)));
        List<CaseSpec> cases = new ArrayList<>();
        for (int count = between(random, 1, 3); cases.size() < count;) {
            cases.add(new CaseSpec(KINDS.apply(random), TIERS.apply(random), between(random, 0, 2),
                    MOSTLY_NO_MEMBER.apply(random)));
        }
        List<Step> steps = new ArrayList<>();
        for (int episodes = between(random, 0, MAX_EPISODES); episodes > 0; episodes--) {
            steps.addAll(EPISODE.apply(random));
        }
        return new Scenario(delivery, executiveBoardKnowsRegulation, roster, cases, steps);
    }

    private static List<Step> consult(Random random) {
        return List.of(new Step.Submit(CASE_NO.apply(random), 0), new Step.Deliver(Direction.TO_EXECUTIVE_BOARD));
    }

    /** The assigned member reviews, the committee concludes, and the opinion mostly reaches the cadre board. */
    private static List<Step> reviewAndConclude(Random random) {
        int n = CASE_NO.apply(random);
        Step delivery = chance(random, 2, 3) ? new Step.Deliver(Direction.TO_CADRE_BOARD) : new Step.Settle();
        return List.of(new Step.Review(n, Step.Reviewer.ASSIGNED_MEMBER, any(random, OpinionOutcome.class)),
                new Step.HoldCommitteeMeeting(n, MeetingPlans.plan(random)), delivery);
    }

    private static List<Step> meetAndDecide(Random random) {
        int n = CASE_NO.apply(random);
        return List.of(new Step.HoldDecisionMeeting(n, BOARD_VOTES.apply(random)),
                new Step.Decide(n, CHOICES.apply(random), chance(random, 4, 10)));
    }

    private static List<Step> meetAndSubmitUpward(Random random) {
        int n = CASE_NO.apply(random);
        return List.of(new Step.HoldDecisionMeeting(n, BOARD_VOTES.apply(random)), new Step.SubmitUpward(n, false),
                new Step.RecordHigherDecision(n, OUTCOMES.apply(random)));
    }

    private static List<Step> answerQuestions(Random random) {
        return List.of(new Step.SupplyInformation(CASE_NO.apply(random), true),
                new Step.Deliver(Direction.TO_EXECUTIVE_BOARD));
    }

    /** The deadline passes, the board meets and decides (or submits upward) on the consultation's silence. */
    private static List<Step> decideOnSilence(Random random) {
        int n = CASE_NO.apply(random);
        int days = between(random, 6, 20);
        return List.of(new Step.CheckDeadlines(days), new Step.HoldDecisionMeeting(n, Step.BoardVote.ADOPTED),
                chance(random, 5, 10) ? new Step.SubmitUpward(n, false)
                        : new Step.Decide(n, Step.Choice.FOLLOW_MEETING, false));
    }

    /** Submits, withdraws or amends at once, and the network delivers the newest messages first. */
    private static List<Step> hastySecretariat(Random random) {
        int n = CASE_NO.apply(random);
        Step second = chance(random, 2, 10) ? new Step.Withdraw(n) : new Step.Amend(n, Step.Amendment.RATIONALE);
        return List.of(new Step.Submit(n, 0), second, new Step.DeliverOutOfOrder(Direction.TO_EXECUTIVE_BOARD, 0),
                new Step.DeliverOutOfOrder(Direction.TO_EXECUTIVE_BOARD, 0));
    }

    /** {@code true} in {@code times} of {@code outOf} draws. */
    static boolean chance(Random random, int times, int outOf) {
        return random.nextInt(outOf) < times;
    }

    /** Uniform, both bounds included. */
    static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    static <E extends Enum<E>> E any(Random random, Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

}
