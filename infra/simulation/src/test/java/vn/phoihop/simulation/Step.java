package vn.phoihop.simulation;

import vn.phoihop.cadreboard.cases.domain.DecisionOutcome;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;

/**
 * What happens next in a run: a command at one of the boards, or something the network does. {@code caseNo}
 * picks one of the run's cases (modulo their number); {@code pick} picks among the candidate messages.
 */
sealed interface Step {

    // --- the cadre board's secretariat

    /** Submits the case for consultation with a request dated {@code daysAgo} before today (-1: tomorrow). */
    record Submit(int caseNo, int daysAgo) implements Step {
    }

    record Amend(int caseNo, Amendment amendment) implements Step {
    }

    record SupplyInformation(int caseNo, boolean withAnswers) implements Step {
    }

    record Withdraw(int caseNo) implements Step {
    }

    record HoldDecisionMeeting(int caseNo, BoardVote vote) implements Step {
    }

    record Decide(int caseNo, Choice choice, boolean justified) implements Step {
    }

    record SubmitUpward(int caseNo, boolean datedTomorrow) implements Step {
    }

    record RecordHigherDecision(int caseNo, DecisionOutcome outcome) implements Step {
    }

    /** The scheduled deadline check, on a day {@code daysLater} after today (the clock moves there). */
    record CheckDeadlines(int daysLater) implements Step {
    }

    // --- the executive board

    record Review(int caseNo, Reviewer reviewer, OpinionOutcome recommendation) implements Step {
    }

    record HoldCommitteeMeeting(int caseNo, MeetingPlan plan) implements Step {
    }

    // --- the network

    /** The oldest message in flight in that direction. */
    record Deliver(Direction direction) implements Step {
    }

    /** Another message than the oldest: of another case, or with no order at all (see {@link Delivery}). */
    record DeliverOutOfOrder(Direction direction, int pick) implements Step {
    }

    /** A message delivered before comes again (a consumer restart, a rebalance). */
    record Redeliver(Direction direction, int pick) implements Step {
    }

    /** The network catches up: everything in flight arrives, oldest first. */
    record Settle() implements Step {
    }

    record Delay(int days) implements Step {
    }

    enum Amendment {
        /** Same positions, new rationale. */
        RATIONALE,
        /** The position's tier changes between deputy minister and department head: who decides changes. */
        TIER,
        /** The position moves to the next unit: another member follows it. */
        UNIT,
        /** A proposal of another kind, which an amendment may not be. */
        OTHER_KIND
    }

    enum BoardVote {
        ADOPTED, NOT_ADOPTED, MISCOUNTED, DATED_TOMORROW
    }

    enum Choice {
        /** Approve when the board's meeting adopted the proposal, else reject. */
        FOLLOW_MEETING, APPROVE, REJECT
    }

    enum Reviewer {
        ASSIGNED_MEMBER, ANOTHER_MEMBER, NOT_A_MEMBER
    }

}
