package vn.phoihop.executiveboard.consultations.domain;

import java.time.Instant;
import java.util.List;

public record IssuedOpinion(int proposalVersion, OpinionOutcome outcome, String conditions, List<String> questions,
        Meeting meeting, Instant issuedAt) {
}
