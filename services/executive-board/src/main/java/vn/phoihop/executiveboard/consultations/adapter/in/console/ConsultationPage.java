package vn.phoihop.executiveboard.consultations.adapter.in.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.executiveboard.committee.application.StandingCommittee;
import vn.phoihop.executiveboard.committee.domain.Member;
import vn.phoihop.executiveboard.committee.domain.Roster;
import vn.phoihop.executiveboard.consultations.application.ConsultationQueries;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.ConsultationState;
import vn.phoihop.executiveboard.consultations.domain.ConsultationStatus;
import vn.phoihop.executiveboard.consultations.domain.OpinionCheck;
import vn.phoihop.executiveboard.consultations.domain.OpinionDraft;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;
import vn.phoihop.executiveboard.consultations.domain.RecusalReason;
import vn.phoihop.executiveboard.consultations.domain.RuleViolation;
import vn.phoihop.web.Roles;
import vn.phoihop.web.console.Viewer;

/**
 * The consultation page's model, for the page itself and for a form that comes back with errors or a refusal:
 * such a form is already in the model, with what was entered, and stays as it is.
 */
class ConsultationPage {

    static final String VIEW = "executive-board/consultation";

    static final String CHECK_VIEW = "executive-board/meeting-check :: live";

    private final ConsultationQueries queries;

    private final StandingCommittee committee;

    private final ConsoleSettings settings;

    private final Clock clock;

    ConsultationPage(ConsultationQueries queries, StandingCommittee committee, ConsoleSettings settings,
            Clock clock) {
        this.queries = queries;
        this.committee = committee;
        this.settings = settings;
        this.clock = clock;
    }

    String show(UUID caseId, Authentication user, Model model) {
        Consultation consultation = queries.get(caseId);
        ConsultationState state = consultation.state();
        Roster roster = committee.roster();
        List<Member> active = roster.active();
        Viewer viewer = Viewer.of(user);
        LocalDate today = queries.today();
        boolean pending = state.status() == ConsultationStatus.PENDING;
        model.addAttribute("caseId", caseId);
        model.addAttribute("state", state);
        model.addAttribute("proposal", state.request().proposal());
        model.addAttribute("overdue", consultation.overdueOn(today));
        model.addAttribute("names", active
            .stream()
            .collect(Collectors.toMap(Member::memberId, Member::fullName)));
        model.addAttribute("documentUrl", (Function<String, String>) settings::documentUrl);
        model.addAttribute("cadreBoardUrl", settings.cadreBoardUrl());
        model.addAttribute("timeline", Timeline.of(state, queries.history(caseId), clock.getZone()));
        if (state.opinion() != null) {
            model.addAttribute("issuedAt", LocalDateTime.ofInstant(state.opinion().issuedAt(), clock.getZone()));
        }
        boolean mayReview = pending && viewer.has(Roles.ASSIGNED_MEMBER) && roster.actingAs(user.getName())
            .map(Member::memberId)
            .filter(id -> id.equals(state.assignedMemberId()))
            .isPresent();
        model.addAttribute("mayReview", mayReview);
        model.addAttribute("outcomes", OpinionOutcome.values());
        model.addAttribute("recusalReasons", RecusalReason.values());
        if (mayReview && !model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", ReviewForm.revising(state.review()));
        }
        boolean mayMeet = pending && viewer.has(Roles.STANDING_COMMITTEE);
        model.addAttribute("mayMeet", mayMeet);
        if (mayMeet) {
            model.addAttribute("roster", active);
            if (!model.containsAttribute("meetingForm")) {
                model.addAttribute("meetingForm", MeetingForm.today(state.request().proposalVersion(), today,
                        active.stream().map(Member::memberId).toList()));
            }
            MeetingForm form = (MeetingForm) model.getAttribute("meetingForm");
            showCheck(queries.checkOpinion(consultation, roster, draft(form)), false, model);
        }
        return VIEW;
    }

    /** The rules' verdict on the meeting as entered; {@code incomplete} when some field could not be read. */
    String check(UUID caseId, MeetingForm form, boolean incomplete, Model model) {
        return showCheck(queries.checkOpinion(caseId, draft(form)), incomplete, model);
    }

    private static String showCheck(OpinionCheck check, boolean incomplete, Model model) {
        model.addAttribute("check", check);
        model.addAttribute("issuable", check.passes() && !incomplete);
        return CHECK_VIEW;
    }

    /**
     * Runs a use case the page's form asked for: back to the page with the notice (Post/Redirect/Get), or the page
     * again, the form as entered, with what the form's fields or the rules refused; nothing was changed then.
     */
    ModelAndView submitted(UUID caseId, Authentication user, Model model, BindingResult form, Runnable useCase,
            RedirectAttributes redirect, String notice) {
        if (!form.hasErrors()) {
            try {
                useCase.run();
                redirect.addFlashAttribute("notice", notice);
                return new ModelAndView("redirect:/consultations/" + caseId);
            }
            catch (RuleViolation refused) {
                model.addAttribute("refusal", refused);
            }
        }
        show(caseId, user, model);
        return new ModelAndView(VIEW, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /** The draft as the rules judge it; a date not entered yet does not enter quorum or adoption. */
    OpinionDraft draft(MeetingForm form) {
        return form.draft(queries.today());
    }

}
