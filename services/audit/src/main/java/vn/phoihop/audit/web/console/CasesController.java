package vn.phoihop.audit.web.console;

import java.util.List;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.phoihop.audit.service.CaseQuery;
import vn.phoihop.audit.service.ReadModel;
import vn.phoihop.audit.verification.CaseStatus;
import vn.phoihop.audit.verification.CaseVerdict;
import vn.phoihop.events.ActionKind;
import vn.phoihop.web.console.ConsoleController;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageRequest;

/** The judged cases, searched by what the read model keeps of them, a page at a time. */
@ConsoleController
class CasesController {

    private static final int PAGE_SIZE = 25;

    private final ReadModel readModel;

    CasesController(ReadModel readModel) {
        this.readModel = readModel;
    }

    @GetMapping("/cases")
    String cases(@ModelAttribute("search") CaseSearch search, BindingResult errors, Model model) {
        model.addAttribute("kinds", List.of(ActionKind.values()));
        model.addAttribute("statuses", List.of(CaseStatus.values()));
        if (errors.hasErrors()) {
            model.addAttribute("cases", Page.of(List.<CaseVerdict>of(), new PageRequest(0, PAGE_SIZE), 0));
            return "audit/cases";
        }
        PageRequest request = new PageRequest(search.pageNumber(), PAGE_SIZE);
        CaseQuery query = search.query();
        model.addAttribute("cases", Page.of(this.readModel.verdicts(query, request.page(), request.size()), request,
                this.readModel.countCases(query)));
        return "audit/cases";
    }
}
