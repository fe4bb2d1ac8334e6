package vn.phoihop.faults;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import vn.phoihop.faults.CaseTrail.Acceptance;

/**
 * Drives one appointment through the whole protocol as its users would, whatever is failing: the secretariat opens
 * and submits it, the assigned member reviews it once the consultation has arrived, the Standing Committee gives its
 * opinion, and once that is back the secretariat records the board's meeting and decides.
 * <p>
 * A command without an answer may have taken effect. Before sending it again the driver looks at the service's
 * state, as a careful user reloading the page would: the domain would refuse the repetition anyway, but only the
 * state tells "refused because already done" from "refused".
 */
final class Cycle {

    private static final Duration FIRST_RETRY = Duration.ofMillis(100);

    private static final Duration LONGEST_RETRY = Duration.ofSeconds(2);

    private final Parties parties;

    private final Duration patience;

    Cycle(Parties parties, Duration patience) {
        this.parties = parties;
        this.patience = patience;
    }

    /** Runs {@code roundTrip} once the opinion is back at the cadre board: both directions work. */
    CaseTrail drive(int number, Runnable roundTrip) {
        CaseTrail trail = new CaseTrail(number);
        try {
            run(trail, roundTrip);
            trail.completed();
        }
        catch (Stuck stuck) {
            trail.stuck(stuck.getMessage());
        }
        return trail;
    }

    private void run(CaseTrail trail, Runnable roundTrip) {
        open(trail);
        String cases = "/api/cases/" + trail.caseId();
        String consultation = "/api/consultations/" + trail.caseId();
        Supplier<Reply> theCase = () -> this.parties.clerk().get(cases);
        Supplier<Reply> theConsultation = () -> this.parties.committee().get(consultation);
        retry(trail, Step.SUBMIT, () -> this.parties.clerk().post(cases + "/submission", null), theCase,
                state -> !"DRAFT".equals(state.text("status")));
        await("consultation received", theConsultation, state -> true);
        retry(trail, Step.REVIEW, () -> this.parties.member().post(consultation + "/review", Requests.REVIEW),
                theConsultation, state -> state.has("review"));
        retry(trail, Step.OPINION, () -> this.parties.committee().post(consultation + "/opinion", Requests.OPINION),
                theConsultation, state -> state.has("opinion"));
        await("opinion received", theCase, state -> "OPINION_RECEIVED".equals(state.text("status")));
        roundTrip.run();
        retry(trail, Step.DECISION_MEETING,
                () -> this.parties.clerk().post(cases + "/decision-meeting", Requests.DECISION_MEETING), theCase,
                state -> state.has("decisionMeeting"));
        retry(trail, Step.DECIDE, () -> this.parties.clerk().post(cases + "/decision", Requests.decision(trail.number())),
                theCase, state -> state.has("decision"));
        await("consultation closed", theConsultation, state -> "CLOSED".equals(state.text("status")));
    }

    // an opening whose answer was lost leaves a draft nobody knows of: harmless, and counted by the verification
    private void open(CaseTrail trail) {
        String proposal = Requests.proposal(trail.cadreId(), trail.number());
        Reply opened = retry(trail, Step.OPEN, () -> this.parties.clerk().post("/api/cases", proposal), null,
                state -> false);
        trail.opened(opened.text("caseId"));
    }

    /**
     * Sends until accepted. After a request without a clear answer the state is read, for as long as it takes, before
     * the command is sent again: some steps may rightly be repeated (a member revises a review, a board meets
     * again), so a blind resend would be a second act, not a retry. Opening a case has no state to read yet
     * ({@code state} null); a lost answer there leaves a draft.
     */
    private Reply retry(CaseTrail trail, Step step, Supplier<Reply> send, Supplier<Reply> state,
            Predicate<Reply> applied) {
        long deadline = System.nanoTime() + this.patience.toNanos();
        Duration wait = FIRST_RETRY;
        while (System.nanoTime() < deadline) {
            Reply reply = send.get();
            if (reply.succeeded()) {
                trail.accepted(step, Acceptance.ANSWERED);
                return reply;
            }
            if (reply.status() >= 500) {
                trail.serverError();
            }
            if (state != null && applied.test(read(state, deadline))) {
                trail.accepted(step, Acceptance.FOUND_APPLIED);
                return reply;
            }
            if (reply.refused()) {
                throw new Stuck(step + " refused with " + reply.status() + ": " + reply.text("detail"));
            }
            Sleep.through(wait);
            wait = longer(wait);
        }
        throw new Stuck(step + " not accepted within " + this.patience.toSeconds() + " s");
    }

    private void await(String what, Supplier<Reply> state, Predicate<Reply> condition) {
        awaitState(what, state, condition, System.nanoTime() + this.patience.toNanos());
    }

    private static Reply read(Supplier<Reply> state, long deadline) {
        return awaitState("the state", state, any -> true, deadline);
    }

    /** The state once it is readable and shows the condition; stuck when the deadline passes first. */
    private static Reply awaitState(String what, Supplier<Reply> state, Predicate<Reply> condition, long deadline) {
        Duration wait = FIRST_RETRY;
        Reply current = state.get();
        while (current.status() != 200 || !condition.test(current)) {
            if (System.nanoTime() > deadline) {
                throw new Stuck(what + " not seen within the patience");
            }
            Sleep.through(wait);
            wait = longer(wait);
            current = state.get();
        }
        return current;
    }

    private static Duration longer(Duration wait) {
        Duration doubled = wait.multipliedBy(2);
        return doubled.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : doubled;
    }

    private static final class Stuck extends RuntimeException {

        Stuck(String message) {
            super(message, null, false, false);
        }

    }

}
