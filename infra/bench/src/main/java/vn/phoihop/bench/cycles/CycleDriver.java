package vn.phoihop.bench.cycles;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import vn.phoihop.faults.Parties;
import vn.phoihop.faults.Reply;
import vn.phoihop.faults.Requests;

/**
 * One complete consultation cycle through the boards' REST APIs, as their users make it: the secretariat opens and
 * submits an appointment; once the consultation has arrived the assigned member reviews it and the Standing
 * Committee gives its opinion; once the opinion is back the secretariat records the board's meeting and decides.
 * Every command's time to be accepted is recorded. Unlike the fault suite's driver, any refusal or missing answer
 * fails the cycle: under load without faults there should be none, and a benchmark must not hide them.
 */
final class CycleDriver {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final long FIRST_LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    // looking more often than this in overload would add the generator's own load to the platform's
    private static final long LONGEST_LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Parties parties;

    private final EventWatch watch;

    private final StageRecorder recorder;

    private final boolean idempotencyKeys;

    CycleDriver(Parties parties, EventWatch watch, StageRecorder recorder, boolean idempotencyKeys) {
        this.parties = parties;
        this.watch = watch;
        this.recorder = recorder;
        this.idempotencyKeys = idempotencyKeys;
    }

    /** Drives cycle {@code number}; {@code intendedStart} is when it should have begun (open loop), in nanos. */
    void drive(int number, long intendedStart) {
        String caseId = accept(Command.OPEN,
                key -> this.parties.clerk().post("/api/cases", Requests.proposal("BM-%07d".formatted(number), number),
                        key))
            .text("caseId");
        String cases = "/api/cases/" + caseId;
        String consultation = "/api/consultations/" + caseId;
        CompletableFuture<Void> received = this.watch.expect(caseId, "ConsultationReceived");
        try {
            accept(Command.SUBMIT, key -> this.parties.clerk().post(cases + "/submission", null, key));
            await(received, caseId);
        }
        finally {
            this.watch.forget(caseId, "ConsultationReceived");
        }
        // PostgreSQL can stream a commit to the relay a moment before new snapshots show it
        lookUntil(() -> this.parties.committee().get(consultation), state -> true, caseId);
        accept(Command.REVIEW, key -> this.parties.member().post(consultation + "/review", Requests.REVIEW, key));
        CompletableFuture<Void> opinionIssued = this.watch.expect(caseId, "OpinionIssued");
        try {
            accept(Command.OPINION,
                    key -> this.parties.committee().post(consultation + "/opinion", Requests.OPINION, key));
            await(opinionIssued, caseId);
        }
        finally {
            this.watch.forget(caseId, "OpinionIssued");
        }
        // published is not yet applied at the other board
        lookUntil(() -> this.parties.clerk().get(cases), state -> "OPINION_RECEIVED".equals(state.text("status")),
                caseId);
        accept(Command.DECISION_MEETING,
                key -> this.parties.clerk().post(cases + "/decision-meeting", Requests.DECISION_MEETING, key));
        accept(Command.DECIDE, key -> this.parties.clerk().post(cases + "/decision", Requests.decision(number), key));
        this.recorder.cycleCompleted(System.nanoTime() - intendedStart);
    }

    /** Sends once, with a fresh key when the run uses keys: a benchmark never resends. */
    private Reply accept(Command command, Function<String, Reply> send) {
        String key = this.idempotencyKeys ? UUID.randomUUID().toString() : null;
        long started = System.nanoTime();
        Reply reply = send.apply(key);
        if (!reply.succeeded()) {
            throw new CycleFailed(command + " answered " + reply.status() + ": " + reply.text("detail"));
        }
        this.recorder.accepted(command, System.nanoTime() - started);
        return reply;
    }

    private static void await(CompletableFuture<Void> event, String caseId) {
        try {
            event.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        catch (TimeoutException ex) {
            throw new CycleFailed("case " + caseId + ": the other board's event not seen within " + PATIENCE);
        }
        catch (ExecutionException ex) {
            throw new CycleFailed("case " + caseId + ": " + ex.getCause());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new CycleFailed("interrupted");
        }
    }

    private static void lookUntil(Supplier<Reply> state, Predicate<Reply> condition, String caseId) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long wait = FIRST_LOOK_NANOS;
        Reply current = state.get();
        while (current.status() != 200 || !condition.test(current)) {
            if (System.nanoTime() > deadline) {
                throw new CycleFailed("case " + caseId + ": its state not reached within " + PATIENCE);
            }
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new CycleFailed("interrupted");
            }
            wait = Math.min(wait * 2, LONGEST_LOOK_NANOS);
            current = state.get();
        }
    }

    static final class CycleFailed extends RuntimeException {

        CycleFailed(String message) {
            super(message, null, false, false);
        }

    }

}
