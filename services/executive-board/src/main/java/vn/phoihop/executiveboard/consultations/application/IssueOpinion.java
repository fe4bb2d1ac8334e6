package vn.phoihop.executiveboard.consultations.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.phoihop.executiveboard.consultations.domain.BallotTally;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;

/**
 * The Standing Committee's conclusion as its secretary records it. {@code proposalVersion} guards against
 * concluding on a version that was amended meanwhile; when absent the current version is meant.
 */
public record IssueOpinion(UUID caseId, Integer proposalVersion, OpinionOutcome outcome, String conditions,
        List<String> questions, LocalDate meetingDate, int summoned, int present, int recused, BallotTally tally) {
}
