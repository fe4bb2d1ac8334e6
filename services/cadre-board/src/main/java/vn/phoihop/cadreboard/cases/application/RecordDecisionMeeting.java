package vn.phoihop.cadreboard.cases.application;

import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.MeetingVote;

public record RecordDecisionMeeting(CaseId caseId, MeetingVote vote) {
}
