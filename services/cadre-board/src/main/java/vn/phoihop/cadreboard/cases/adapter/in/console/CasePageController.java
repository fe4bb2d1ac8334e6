package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import vn.phoihop.cadreboard.cases.application.CaseQueries;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.web.console.ConsoleController;

@ConsoleController
class CasePageController {

    private final CasePageView page;

    CasePageController(CaseQueries queries) {
        this.page = new CasePageView(queries);
    }

    @GetMapping("/cases/{caseId}")
    ModelAndView show(@PathVariable UUID caseId, Model model) {
        return page.show(new CaseId(caseId), model, HttpStatus.OK);
    }

}
