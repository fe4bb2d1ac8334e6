package vn.phoihop.faults;

import java.time.Duration;

/**
 * The audit's verdict on the whole history once it has read all of it: the auditors' own replay, independent of the
 * suite's checks, of both boards' streams, chains and signed checkpoints.
 */
record AuditVerdict(boolean clean, long records, long cases, long cleanCases, String violations) {

    private static final Duration POLL = Duration.ofSeconds(1);

    /** Ingests until a pass adds nothing, then reads the verdict. */
    static AuditVerdict settle(BoardApi auditAdmin, BoardApi auditor, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        int quietPasses = 0;
        while (quietPasses < 2) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The audit did not finish reading within " + patience.toSeconds() + " s");
            }
            Reply ingested = auditAdmin.post("/api/audit/ingestion", null);
            quietPasses = ingested.succeeded() && ingested.body().path("recordsAdded").asLong() == 0 ? quietPasses + 1 : 0;
            Sleep.through(POLL);
        }
        Reply verdict = auditor.get("/api/audit/verification");
        if (!verdict.succeeded()) {
            throw new IllegalStateException("The audit gave no verdict: " + verdict);
        }
        return new AuditVerdict(verdict.body().path("clean").asBoolean(), verdict.body().path("records").asLong(),
                verdict.body().path("cases").asLong(), verdict.body().path("cleanCases").asLong(),
                verdict.body().path("violationsByRule").toString());
    }

}
