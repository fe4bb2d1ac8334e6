package vn.phoihop.executiveboard.consultations.adapter.in.console;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.executiveboard.consultations.application.RecordReviewHandler;
import vn.phoihop.web.console.ConsoleController;

/** The assigned member's review; whether the signed-in user is that member is the domain's to say. */
@ConsoleController
class ReviewController {

    private final ConsultationPage page;

    private final RecordReviewHandler recordReview;

    ReviewController(ConsultationPage page, RecordReviewHandler recordReview) {
        this.page = page;
        this.recordReview = recordReview;
    }

    @PostMapping("/consultations/{caseId}/review")
    ModelAndView review(@PathVariable UUID caseId, @Valid @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult errors, Authentication user, Model model, RedirectAttributes redirect) {
        return page.submitted(caseId, user, model, errors,
                () -> recordReview.handle(form.toCommand(caseId, user.getName())), redirect, "notice.reviewed");
    }

}
