package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.phoihop.cadreboard.cases.domain.CaseState;
import vn.phoihop.cadreboard.cases.domain.CaseStatus;
import vn.phoihop.cadreboard.cases.domain.ConsultationReceipt;
import vn.phoihop.cadreboard.cases.domain.ConsultationRecord;
import vn.phoihop.cadreboard.cases.domain.ConsultationRefusal;
import vn.phoihop.cadreboard.cases.domain.Deadline;
import vn.phoihop.cadreboard.cases.domain.Decision;
import vn.phoihop.cadreboard.cases.domain.DecisionMeeting;
import vn.phoihop.cadreboard.cases.domain.MemberReview;
import vn.phoihop.cadreboard.cases.domain.OpinionOutcome;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.cadreboard.cases.domain.Proposal;
import vn.phoihop.cadreboard.cases.domain.ReceivedOpinion;
import vn.phoihop.cadreboard.cases.domain.SuppliedInformation;
import vn.phoihop.cadreboard.cases.domain.UpwardSubmission;
import vn.phoihop.cadreboard.cases.domain.Withdrawal;
import vn.phoihop.regulation.DecidingAuthority;

/**
 * A case as the API shows it: its proposal, who decides it, the running deadline, the executive board's answers
 * (opinions on older versions marked stale), and the board's meeting, submission, decision or withdrawal.
 * @param decidingAuthority who decides the case's tier under its regulation
 * @param questions what the executive board asked, while the case awaits the answers
 */
record CaseView(String caseId, CaseStatus status, int proposalVersion, String regulationId,
        String regulationVersion, DecidingAuthority decidingAuthority, long lastSequence, Proposal proposal,
        Deadline deadline, List<OpinionView> opinions, List<String> questions, List<SuppliedInformation> information,
        ConsultationRefusal refusal, ConsultationReceipt receipt, MemberReview review,
        DecisionMeeting decisionMeeting, UpwardSubmission upwardSubmission, Decision decision,
        Withdrawal withdrawal) {

    static CaseView of(PersonnelCase c) {
        CaseState state = c.state();
        ConsultationRecord consultation = state.consultation();
        List<String> questions = state.status() == CaseStatus.INFORMATION_REQUESTED
                ? consultation.questionsOn(state.proposalVersion()) : null;
        return new CaseView(c.id().toString(), state.status(), state.proposalVersion(), c.regulation().id(),
                c.regulation().version(), c.decidingAuthority().orElse(null), state.lastSequence(), state.proposal(),
                consultation.deadline(), OpinionView.all(consultation.opinions(), state.proposalVersion()), questions,
                consultation.information(), consultation.refusal(), consultation.receipt(), consultation.review(),
                state.decisionMeeting(), state.upwardSubmission(), state.decision(), state.withdrawal());
    }

    /** An opinion received; {@code stale} when it is on a version an amendment has since replaced. */
    record OpinionView(UUID eventId, int proposalVersion, OpinionOutcome outcome, String conditions,
            List<String> questions, Instant issuedAt, boolean stale) {

        static List<OpinionView> all(List<ReceivedOpinion> opinions, int currentVersion) {
            return opinions.stream()
                .map(o -> new OpinionView(o.eventId(), o.proposalVersion(), o.outcome(), o.conditions(),
                        o.questions(), o.issuedAt(), o.proposalVersion() < currentVersion))
                .toList();
        }

    }

}
