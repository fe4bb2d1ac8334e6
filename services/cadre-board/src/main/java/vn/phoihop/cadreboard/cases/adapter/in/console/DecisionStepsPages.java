package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.cadreboard.cases.application.CaseQueries;
import vn.phoihop.cadreboard.cases.application.DecideCase;
import vn.phoihop.cadreboard.cases.application.DecideCaseHandler;
import vn.phoihop.cadreboard.cases.application.RecordDecisionMeeting;
import vn.phoihop.cadreboard.cases.application.RecordDecisionMeetingHandler;
import vn.phoihop.cadreboard.cases.application.RecordHigherDecision;
import vn.phoihop.cadreboard.cases.application.RecordHigherDecisionHandler;
import vn.phoihop.cadreboard.cases.application.SubmitCaseUpward;
import vn.phoihop.cadreboard.cases.application.SubmitCaseUpwardHandler;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.web.console.ConsoleController;

/** The case page's deciding steps: the board's meeting, its decision, or the submission upward and its outcome. */
@ConsoleController
class DecisionStepsPages {

    private final RecordDecisionMeetingHandler meeting;

    private final DecideCaseHandler decide;

    private final SubmitCaseUpwardHandler submitUpward;

    private final RecordHigherDecisionHandler higherDecision;

    private final CaseSteps steps;

    DecisionStepsPages(RecordDecisionMeetingHandler meeting, DecideCaseHandler decide,
            SubmitCaseUpwardHandler submitUpward, RecordHigherDecisionHandler higherDecision, CaseQueries queries) {
        this.meeting = meeting;
        this.decide = decide;
        this.submitUpward = submitUpward;
        this.higherDecision = higherDecision;
        this.steps = new CaseSteps(queries);
    }

    @PostMapping("/cases/{caseId}/decision-meeting")
    ModelAndView recordMeeting(@PathVariable UUID caseId, @Valid @ModelAttribute("meetingForm") StepForms.Meeting form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        return steps.run(id, errors, model, redirect, "done.meetingRecorded",
                () -> meeting.handle(new RecordDecisionMeeting(id, form.toVote())));
    }

    @PostMapping("/cases/{caseId}/decision")
    ModelAndView decide(@PathVariable UUID caseId, @Valid @ModelAttribute("decisionForm") StepForms.Decision form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        return steps.run(id, errors, model, redirect, "done.decided",
                () -> decide.handle(new DecideCase(id, form.toCommand())));
    }

    @PostMapping("/cases/{caseId}/upward-submission")
    ModelAndView submitUpward(@PathVariable UUID caseId, @Valid @ModelAttribute("upwardForm") StepForms.Upward form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        return steps.run(id, errors, model, redirect, "done.submittedUpward",
                () -> submitUpward.handle(new SubmitCaseUpward(id, form.toSubmission())));
    }

    @PostMapping("/cases/{caseId}/higher-decision")
    ModelAndView recordHigherDecision(@PathVariable UUID caseId,
            @Valid @ModelAttribute("higherDecisionForm") StepForms.Higher form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        return steps.run(id, errors, model, redirect, "done.higherDecisionRecorded",
                () -> higherDecision.handle(new RecordHigherDecision(id, form.toDecision())));
    }

}
