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

import vn.phoihop.executiveboard.consultations.application.IssueOpinion;
import vn.phoihop.executiveboard.consultations.application.IssueOpinionHandler;
import vn.phoihop.web.console.ConsoleController;

/**
 * The Standing Committee's meeting on a case: the rules' verdict while the secretary fills the form, then the
 * opinion, which the domain refuses again if the meeting does not meet the rules.
 */
@ConsoleController
class MeetingController {

    private final ConsultationPage page;

    private final IssueOpinionHandler issueOpinion;

    MeetingController(ConsultationPage page, IssueOpinionHandler issueOpinion) {
        this.page = page;
        this.issueOpinion = issueOpinion;
    }

    @PostMapping("/consultations/{caseId}/meeting/check")
    String check(@PathVariable UUID caseId, @Valid @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult errors, Model model) {
        return page.check(caseId, form, errors.hasErrors(), model);
    }

    @PostMapping("/consultations/{caseId}/opinion")
    ModelAndView issue(@PathVariable UUID caseId, @Valid @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult errors, Authentication user, Model model, RedirectAttributes redirect) {
        return page.submitted(caseId, user, model, errors,
                () -> issueOpinion.handle(new IssueOpinion(caseId, page.draft(form))), redirect,
                "notice.opinionIssued");
    }

}
