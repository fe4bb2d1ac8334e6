package vn.phoihop.cadreboard.cases.adapter.in.console;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.phoihop.cadreboard.cases.application.CaseFilter;
import vn.phoihop.cadreboard.cases.application.CasePage;
import vn.phoihop.cadreboard.cases.application.CaseQueries;
import vn.phoihop.cadreboard.cases.domain.CaseStatus;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.web.console.ConsoleController;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageRequest;

/** The secretariat's start page: the cases, newest first, filtered as the REST list filters them. */
@ConsoleController
class CaseListController {

    static final int PAGE_SIZE = 20;

    private final CaseQueries queries;

    CaseListController(CaseQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/cases";
    }

    @GetMapping("/cases")
    String list(CaseListFilter filter, Model model) {
        PageRequest request = new PageRequest(filter.pageOrFirst(), PAGE_SIZE);
        CasePage found = queries.search(filter.toFilter(), request.page(), request.size());
        model.addAttribute("filter", filter);
        model.addAttribute("found", Page.of(found.items(), request, found.totalItems()));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("kinds", ActionKind.values());
        return "cadre/cases";
    }

    /** {@code ?status=&kind=&q=&page=}, every criterion optional; {@code q} searches names and case ids. */
    record CaseListFilter(CaseStatus status, ActionKind kind, String q, Integer page) {

        private static final int LONGEST_TEXT = 200;

        CaseFilter toFilter() {
            String text = q == null || q.isBlank() ? null : q.strip();
            return new CaseFilter(status, kind, null, null,
                    text == null || text.length() <= LONGEST_TEXT ? text : text.substring(0, LONGEST_TEXT));
        }

        int pageOrFirst() {
            return page == null ? 0 : Math.max(0, page);
        }

    }

}
