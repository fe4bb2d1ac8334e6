package vn.phoihop.faults;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the client of one case knows: which commands were accepted, and how it learnt it. Written by the one thread
 * that drives the case, read once it has finished.
 */
final class CaseTrail {

    /** How the client knows a command took effect. */
    enum Acceptance {
        /** a 2xx answer */
        ANSWERED,
        /** the first answer was lost (connection cut, no answer in time); a resend with the same key got it */
        REPLAYED
    }

    private final int number;

    private final Map<Step, Acceptance> accepted = new EnumMap<>(Step.class);

    private volatile String caseId;

    private volatile boolean completed;

    private volatile String stuckAt;

    private volatile int serverErrors;

    CaseTrail(int number) {
        this.number = number;
    }

    /** The subject's cadre id, unique to this case in the run: how a lost answer to the opening is traced. */
    String cadreId() {
        return "FI-%07d".formatted(this.number);
    }

    int number() {
        return this.number;
    }

    String caseId() {
        return this.caseId;
    }

    void opened(String caseId) {
        this.caseId = caseId;
    }

    synchronized void accepted(Step step, Acceptance how) {
        this.accepted.put(step, how);
    }

    synchronized Map<Step, Acceptance> acceptedSteps() {
        return Map.copyOf(this.accepted);
    }

    void serverError() {
        this.serverErrors++;
    }

    int serverErrors() {
        return this.serverErrors;
    }

    void completed() {
        this.completed = true;
    }

    boolean isCompleted() {
        return this.completed;
    }

    void stuck(String where) {
        this.stuckAt = where;
    }

    String stuckAt() {
        return this.stuckAt;
    }

}
