package vn.phoihop.local.demo;

import java.time.LocalDate;

/** How a case of the term ends, as far as the seeder takes it. */
sealed interface Ending {

    /** Decided by the cadre board at its own meeting. */
    record Decided(DecisionMeeting meeting, Decision decision) implements Ending {
    }

    /** Submitted to the higher authority after the cadre board's meeting, and decided there. */
    record DecidedAbove(DecisionMeeting meeting, UpwardSubmission submission, Decision decision) implements Ending {
    }

    record Withdrawn(String reason) implements Ending {
    }

    /** Still open when the term ends, in this cadre board status. */
    record Open(String status) implements Ending {
    }

    /** The cadre board's own meeting on the case. */
    record DecisionMeeting(LocalDate meetingDate, int membersTotal, int present, int inFavour, int against,
            int abstain) {
    }

    record UpwardSubmission(String authorityName, String submissionNumber, LocalDate submittedOn) {
    }

    /** {@code justification} only for a decision contrary to the opinion; {@code authorityName} only above. */
    record Decision(String outcome, String decisionNumber, LocalDate effectiveDate, String justification,
            String authorityName) {
    }
}
