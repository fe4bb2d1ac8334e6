package vn.phoihop.executiveboard.consultations.adapter.in.console;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.phoihop.executiveboard.consultations.application.RecordReview;
import vn.phoihop.executiveboard.consultations.domain.MemberReview;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;

/** The assigned member's review as the form sends it; dated today by the board's clock. */
class ReviewForm {

    @NotNull
    private OpinionOutcome recommendation;

    @NotBlank
    @Size(max = 4000)
    private String note;

    /** The member's earlier review, to revise, or an empty form. */
    static ReviewForm revising(MemberReview review) {
        ReviewForm form = new ReviewForm();
        if (review != null) {
            form.recommendation = review.recommendation();
            form.note = review.note();
        }
        return form;
    }

    RecordReview toCommand(UUID caseId, String username) {
        return new RecordReview(caseId, username, recommendation, note, null);
    }

    public OpinionOutcome getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(OpinionOutcome recommendation) {
        this.recommendation = recommendation;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

}
