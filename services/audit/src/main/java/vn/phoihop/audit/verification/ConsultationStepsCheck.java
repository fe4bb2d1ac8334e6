package vn.phoihop.audit.verification;

import java.util.List;
import java.util.Optional;

import vn.phoihop.events.ConsultationReceived;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.MemberReviewRecorded;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.regulation.ActionRules;
import vn.phoihop.regulation.ConsultationStep;

/**
 * {@code consultation-steps}: the executive board gives its opinion "through the committee member who follows the
 * unit and the Standing Committee". The request asks for the steps the regulation sets; only the member the
 * consultation was routed to reviews; and where the review is a step, each opinion names the latest review of its
 * version, which the member may revise until the meeting. Opinions written before OpinionIssued v2 named no review.
 */
final class ConsultationStepsCheck implements CaseCheck {

    @Override
    public void check(CaseFacts facts, Findings findings) {
        facts.rules().ifPresent(rules -> {
            asked(facts, rules, findings);
            if (rules.consultation().includes(ConsultationStep.ASSIGNED_MEMBER_REVIEW)) {
                facts.all(OpinionIssued.class)
                    .stream()
                    .filter(opinion -> CaseFacts.carriesAttendance(opinion.event()))
                    .forEach(opinion -> reviewed(facts, rules, opinion, findings));
            }
        });
        facts.all(MemberReviewRecorded.class).forEach(review -> byAssignedMember(facts, review, findings));
    }

    private static void asked(CaseFacts facts, ActionRules rules, Findings findings) {
        List<String> steps = rules.consultation().steps().stream().map(Enum::name).toList();
        for (Recorded<ConsultationRequested> request : facts.all(ConsultationRequested.class)) {
            List<String> asked = request.event().getSteps().stream().map(Enum::name).toList();
            if (!asked.equals(steps)) {
                findings.add(CaseRules.CONSULTATION_STEPS, request, "the request asks for steps " + asked + "; "
                        + facts.regulation() + " sets " + steps + " for " + rules.kind());
            }
        }
    }

    private static void reviewed(CaseFacts facts, ActionRules rules, Recorded<OpinionIssued> opinion,
            Findings findings) {
        int version = opinion.event().getProposalVersion();
        String reviewId = opinion.event().getReviewEventId();
        Optional<Recorded<MemberReviewRecorded>> latest = CaseFacts.last(facts
            .before(MemberReviewRecorded.class, opinion)
            .stream()
            .filter(review -> review.event().getProposalVersion() == version)
            .toList());
        if (reviewId == null) {
            findings.add(CaseRules.CONSULTATION_STEPS, opinion, "the opinion on proposal version " + version
                    + " names no member review, which the regulation has come first for " + rules.kind());
        }
        else if (latest.isEmpty() || !latest.get().eventId().equals(reviewId)) {
            findings.add(CaseRules.CONSULTATION_STEPS, opinion, "the opinion on proposal version " + version
                    + " names review " + reviewId + ", but the latest review of that version before it is "
                    + latest.map(Recorded::eventId).orElse("none"));
        }
    }

    private static void byAssignedMember(CaseFacts facts, Recorded<MemberReviewRecorded> review, Findings findings) {
        int version = review.event().getProposalVersion();
        Optional<String> assigned = CaseFacts.last(facts.before(ConsultationReceived.class, review)
            .stream()
            .filter(receipt -> receipt.event().getProposalVersion() == version)
            .toList()).map(receipt -> receipt.event().getAssignedMemberId());
        if (!assigned.equals(Optional.of(review.event().getMemberId()))) {
            findings.add(CaseRules.CONSULTATION_STEPS, review, "member " + review.event().getMemberId()
                    + " reviewed proposal version " + version + ", which was routed to "
                    + assigned.map(member -> "member " + member).orElse("no member"));
        }
    }
}
