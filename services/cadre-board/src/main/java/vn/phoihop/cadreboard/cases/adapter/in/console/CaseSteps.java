package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.cadreboard.cases.application.CaseQueries;
import vn.phoihop.cadreboard.cases.domain.CaseId;

/** A step posted from the case page: back to the page saying it is done, or the page again with why not. */
final class CaseSteps {

    private final CasePageView page;

    CaseSteps(CaseQueries queries) {
        this.page = new CasePageView(queries);
    }

    /** @param step runs the use case; it may note problems in {@code form} instead of running it */
    ModelAndView run(CaseId id, BindingResult form, Model model, RedirectAttributes redirect, String done,
            Runnable step) {
        Supplier<String> attempt = () -> {
            step.run();
            return id.toString();
        };
        return FormAttempt.run(form, model, attempt)
            .map(caseId -> CasePageView.done(caseId, done, redirect))
            .orElseGet(() -> page.show(id, model, HttpStatus.UNPROCESSABLE_CONTENT));
    }

}
