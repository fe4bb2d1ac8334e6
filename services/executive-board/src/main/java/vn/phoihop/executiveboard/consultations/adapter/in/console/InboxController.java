package vn.phoihop.executiveboard.consultations.adapter.in.console;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.phoihop.executiveboard.committee.application.StandingCommittee;
import vn.phoihop.executiveboard.committee.domain.Roster;
import vn.phoihop.executiveboard.consultations.application.ConsultationQueries;
import vn.phoihop.executiveboard.consultations.domain.ConsultationStatus;
import vn.phoihop.web.console.ConsoleController;
import vn.phoihop.web.paging.PageParameters;

/** The consultations waiting for the Standing Committee, the nearest deadline first. */
@ConsoleController
class InboxController {

    private final ConsultationQueries queries;

    private final StandingCommittee committee;

    InboxController(ConsultationQueries queries, StandingCommittee committee) {
        this.queries = queries;
        this.committee = committee;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/consultations";
    }

    @GetMapping("/consultations")
    String inbox(@Valid InboxCriteria criteria, @Valid PageParameters page, Model model) {
        LocalDate today = queries.today();
        Roster roster = committee.roster();
        model.addAttribute("criteria", criteria);
        model.addAttribute("statuses", ConsultationStatus.values());
        model.addAttribute("today", today);
        model.addAttribute("inbox", queries.inbox(criteria.filter(), page.request())
            .map(consultation -> InboxRow.of(consultation, today, roster)));
        return "executive-board/inbox";
    }

}
