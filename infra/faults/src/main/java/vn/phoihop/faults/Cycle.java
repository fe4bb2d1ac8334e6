package vn.phoihop.faults;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import vn.phoihop.faults.CaseTrail.Acceptance;

/**
 * Drives one appointment through the whole protocol as its users would, whatever is failing: the secretariat opens
 * and submits it, the assigned member reviews it once the consultation has arrived, the Standing Committee gives its
 * opinion, and once that is back the secretariat records the board's meeting and decides.
 * <p>
 * A command without an answer may have taken effect. Each command carries an {@code Idempotency-Key} of its own, and
 * the driver sends it again with the same key until it has an answer: the service acts on it once and answers a
 * resend with the first answer. Some steps may rightly be repeated (a member revises a review, a board meets again),
 * so a resend without the key would be a second act, not a retry.
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
        send(trail, Step.SUBMIT, key -> this.parties.clerk().post(cases + "/submission", null, key));
        await("consultation received", theConsultation, state -> true);
        send(trail, Step.REVIEW, key -> this.parties.member().post(consultation + "/review", Requests.REVIEW, key));
        send(trail, Step.OPINION,
                key -> this.parties.committee().post(consultation + "/opinion", Requests.OPINION, key));
        await("opinion received", theCase, state -> "OPINION_RECEIVED".equals(state.text("status")));
        roundTrip.run();
        send(trail, Step.DECISION_MEETING,
                key -> this.parties.clerk().post(cases + "/decision-meeting", Requests.DECISION_MEETING, key));
        send(trail, Step.DECIDE,
                key -> this.parties.clerk().post(cases + "/decision", Requests.decision(trail.number()), key));
        await("consultation closed", theConsultation, state -> "CLOSED".equals(state.text("status")));
    }

    private void open(CaseTrail trail) {
        String proposal = Requests.proposal(trail.cadreId(), trail.number());
        Reply opened = send(trail, Step.OPEN, key -> this.parties.clerk().post("/api/cases", proposal, key));
        trail.opened(opened.text("caseId"));
    }

    /**
     * Sends with one key until there is an answer: no answer, a 5xx, or "the first send still runs" mean it is sent
     * again; any other refusal leaves the case stuck.
     */
    private Reply send(CaseTrail trail, Step step, Function<String, Reply> sendWithKey) {
        String key = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + this.patience.toNanos();
        Duration wait = FIRST_RETRY;
        while (System.nanoTime() < deadline) {
            Reply reply = sendWithKey.apply(key);
            if (reply.succeeded()) {
                trail.accepted(step, reply.replayed() ? Acceptance.REPLAYED : Acceptance.ANSWERED);
                return reply;
            }
            if (reply.status() >= 500) {
                trail.serverError();
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
