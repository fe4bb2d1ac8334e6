package vn.phoihop.simulation;

import vn.phoihop.cadreboard.cases.domain.CaseWithdrawn;
import vn.phoihop.cadreboard.cases.domain.ConsultationOverdue;
import vn.phoihop.cadreboard.cases.domain.ConsultationRequested;
import vn.phoihop.cadreboard.cases.domain.DecisionBasis;
import vn.phoihop.cadreboard.cases.domain.DecisionFinalised;
import vn.phoihop.cadreboard.cases.domain.DecisionMeetingRecorded;
import vn.phoihop.cadreboard.cases.domain.InformationSupplied;
import vn.phoihop.cadreboard.cases.domain.SubmittedUpward;
import vn.phoihop.executiveboard.consultations.domain.ConsultationReceived;
import vn.phoihop.executiveboard.consultations.domain.ConsultationRefused;
import vn.phoihop.executiveboard.consultations.domain.Meeting;
import vn.phoihop.executiveboard.consultations.domain.MeetingMinutes;
import vn.phoihop.executiveboard.consultations.domain.MemberReviewRecorded;
import vn.phoihop.executiveboard.consultations.domain.OpinionIssued;

/** One line per event for the history a failing property prints. */
final class Describe {

    private Describe() {
    }

    static String event(Object event) {
        return switch (event) {
            case ConsultationRequested e -> on(e.caseId().value(), e.sequence()) + "ConsultationRequested v"
                    + e.proposalVersion() + " " + e.proposal().kind() + "/" + Proposals.concerned(e.proposal()).tier()
                    + "/" + Proposals.concerned(e.proposal()).unitCode() + " due " + e.responseDueDate();
            case InformationSupplied e -> on(e.caseId().value(), e.sequence()) + "InformationSupplied v"
                    + e.proposalVersion() + " due " + e.information().responseDueDate();
            case CaseWithdrawn e -> on(e.caseId().value(), e.sequence()) + "CaseWithdrawn v" + e.proposalVersion();
            case ConsultationOverdue e -> on(e.caseId().value(), e.sequence()) + "ConsultationOverdue v"
                    + e.proposalVersion() + " due " + e.dueDate() + " found " + e.detectedOn() + " silence "
                    + e.silenceRule() + (e.deemedConsent() ? " = deemed consent" : "");
            case DecisionMeetingRecorded e -> on(e.caseId().value(), e.sequence()) + "DecisionMeetingRecorded v"
                    + e.proposalVersion() + " " + e.vote().inFavour() + "/" + e.vote().membersTotal() + " in favour";
            case SubmittedUpward e -> on(e.caseId().value(), e.sequence()) + "SubmittedUpward v" + e.proposalVersion()
                    + " " + basis(e.basis());
            case DecisionFinalised e -> on(e.caseId().value(), e.sequence()) + "DecisionFinalised v"
                    + e.proposalVersion() + " " + e.decision().outcome() + " by " + e.decision().authority()
                    + (e.decision().contraryToOpinion() ? " CONTRARY" : "") + " " + basis(e.decision().basis());
            case ConsultationReceived e -> on(e.caseId(), e.sequence()) + "ConsultationReceived v"
                    + e.proposalVersion() + " for " + e.assignedMemberId() + " (request " + Labels.of(e.requestEventId())
                    + ")";
            case ConsultationRefused e -> on(e.caseId(), e.sequence()) + "ConsultationRefused v" + e.proposalVersion()
                    + " " + e.refusal().rule();
            case MemberReviewRecorded e -> on(e.caseId(), e.sequence()) + "MemberReviewRecorded v"
                    + e.review().proposalVersion() + " by " + e.review().memberId() + " "
                    + e.review().recommendation();
            case OpinionIssued e -> on(e.caseId(), e.sequence()) + "OpinionIssued v" + e.opinion().proposalVersion()
                    + " " + e.opinion().outcome() + " " + meeting(e.opinion().meeting()) + " review "
                    + Labels.of(e.opinion().reviewEventId());
            default -> event.toString();
        };
    }

    static String meeting(Meeting m) {
        return "{summoned " + m.summonedMemberIds() + " present " + m.presentMemberIds() + " recused "
                + m.recusals().stream().map(r -> r.memberId() + ":" + r.reason()).toList() + " tally "
                + m.tally().agree() + "/" + m.tally().disagree() + "/" + m.tally().abstain() + "/" + m.tally().invalid()
                + " of " + m.membersTotal() + " members}";
    }

    static String minutes(MeetingMinutes m) {
        return "{summoned " + m.summoned() + " present " + m.present() + " recused "
                + m.recusals().stream().map(r -> r.memberId() + ":" + r.reason()).toList() + " tally "
                + m.tally().agree() + "/" + m.tally().disagree() + "/" + m.tally().abstain() + "/" + m.tally().invalid()
                + "}";
    }

    private static String on(java.util.UUID caseId, long sequence) {
        return Labels.of(caseId) + "#" + sequence + " ";
    }

    private static String basis(DecisionBasis basis) {
        return "basis{opinion " + Labels.of(basis.opinionEventId()) + ", overdue " + Labels.of(basis.overdueEventId())
                + ", meeting " + Labels.of(basis.decisionMeetingEventId()) + "}";
    }

}
