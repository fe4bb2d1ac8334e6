package vn.phoihop.executiveboard.consultations.domain;

import java.util.Optional;

import vn.phoihop.regulation.ConsultationRules;
import vn.phoihop.regulation.ConsultationStep;

/**
 * The executive board is consulted "through the member who follows the unit and the Standing Committee": only
 * that member reviews, and where the regulation has the review as a step, the Standing Committee concludes only
 * after it.
 */
final class ReviewPolicy {

    private ReviewPolicy() {
    }

    static void requireAssignedMember(RequestedConsultation request, String assignedMemberId,
            Optional<String> reviewer) {
        if (assignedMemberId == null) {
            throw new ReviewRefused("review-by-assigned-member", "No member follows unit " + request.unitCode()
                    + " of case " + request.caseId() + " yet; an administrator assigns the unit first.");
        }
        if (reviewer.filter(assignedMemberId::equals).isEmpty()) {
            throw new ReviewRefused("review-by-assigned-member", "Only member " + assignedMemberId + ", who follows "
                    + "unit " + request.unitCode() + ", reviews case " + request.caseId() + "; the signed-in user "
                    + reviewer.map(id -> "acts as member " + id).orElse("is no active member of the Standing Committee")
                    + ".");
        }
    }

    static void requireReviewBeforeMeeting(RequestedConsultation request, ConsultationRules rules,
            String assignedMemberId, MemberReview review) {
        if (review == null && rules.includes(ConsultationStep.ASSIGNED_MEMBER_REVIEW)) {
            throw new OpinionRefused("review-before-meeting", "Regulation " + request.regulation() + " has the "
                    + "member who follows the unit review " + request.proposal().kind() + " cases before the "
                    + "Standing Committee concludes; case " + request.caseId() + " proposal version "
                    + request.proposalVersion() + " has no review yet" + (assignedMemberId == null
                            ? ", and no member follows unit " + request.unitCode() + "."
                            : " by member " + assignedMemberId + "."));
        }
    }

}
