package vn.phoihop.executiveboard.consultations.application;

import java.util.UUID;

import vn.phoihop.executiveboard.consultations.domain.OpinionDraft;

/** Record the Standing Committee's conclusion as its secretary enters it. */
public record IssueOpinion(UUID caseId, OpinionDraft draft) {
}
