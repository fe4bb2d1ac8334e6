package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.cadreboard.cases.application.CaseQueries;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.KindFields;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

/**
 * The case page: the case, its history, the steps its state allows and a form for each, blank unless a posted
 * one comes back with its errors.
 */
final class CasePageView {

    static final String VIEW = "cadre/case";

    private final CaseQueries queries;

    CasePageView(CaseQueries queries) {
        this.queries = queries;
    }

    ModelAndView show(CaseId id, Model model, HttpStatus status) {
        PersonnelCase c = queries.get(id);
        model.addAttribute("personnelCase", c);
        model.addAttribute("steps", c.steps().stream().map(Enum::name).collect(Collectors.toSet()));
        model.addAttribute("timeline", queries.timeline(id));
        model.addAttribute("kindFields", KindFields.of(c.proposal().kind()));
        model.addAttribute("questions", c.state().consultation().questionsOn(c.proposalVersion()));
        blank(model, "submissionForm", new StepForms.Submission(null));
        blank(model, "amendmentForm", AmendmentForm.of(c));
        blank(model, "informationForm", new StepForms.Information(List.of(), null));
        blank(model, "withdrawalForm", new StepForms.Withdrawal(null));
        blank(model, "meetingForm", new StepForms.Meeting(null, null, null, null, null, null));
        blank(model, "decisionForm", new StepForms.Decision(null, null, null, null));
        blank(model, "upwardForm", new StepForms.Upward(null, null, null));
        blank(model, "higherDecisionForm", new StepForms.Higher(null, null, null, null));
        return new ModelAndView(VIEW, status);
    }

    /** Post/Redirect/Get: the case page, saying what was done. */
    static ModelAndView done(String caseId, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", message);
        return new ModelAndView("redirect:/cases/" + caseId);
    }

    private static void blank(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

}
