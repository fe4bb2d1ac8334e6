package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import vn.phoihop.cadreboard.cases.application.CaseNotFound;
import vn.phoihop.cadreboard.cases.domain.DecisionOutcome;
import vn.phoihop.cadreboard.cases.domain.DisciplineMeasure;
import vn.phoihop.regulation.PositionTier;
import vn.phoihop.web.console.ConsoleController;

/**
 * What the cadre board's pages share: how dates read and statuses look, and a missing case as the console's
 * not-found page.
 */
@ControllerAdvice(annotations = ConsoleController.class)
class CadreConsoleAdvice {

    private static final DisplayDates DATES = new DisplayDates();

    private static final ConsoleLabels LABELS = new ConsoleLabels();

    @ModelAttribute("dates")
    DisplayDates dates() {
        return DATES;
    }

    @ModelAttribute("labels")
    ConsoleLabels labels() {
        return LABELS;
    }

    @ModelAttribute("tiers")
    PositionTier[] tiers() {
        return PositionTier.values();
    }

    @ModelAttribute("measures")
    DisciplineMeasure[] measures() {
        return DisciplineMeasure.values();
    }

    @ModelAttribute("outcomes")
    DecisionOutcome[] outcomes() {
        return DecisionOutcome.values();
    }

    @ExceptionHandler
    ModelAndView notFound(CaseNotFound missing) {
        return new ModelAndView("error", Map.of("status", HttpStatus.NOT_FOUND.value()), HttpStatus.NOT_FOUND);
    }

}
