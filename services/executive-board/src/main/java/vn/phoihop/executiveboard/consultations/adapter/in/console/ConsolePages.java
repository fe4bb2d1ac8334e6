package vn.phoihop.executiveboard.consultations.adapter.in.console;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.phoihop.executiveboard.consultations.application.ConsultationNotFound;
import vn.phoihop.web.console.ConsoleController;

/** A consultation that does not exist is the consoles' "not found" page, not the API's Problem Details. */
@ControllerAdvice(annotations = ConsoleController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsolePages {

    @ExceptionHandler
    ModelAndView notFound(ConsultationNotFound notFound) {
        return new ModelAndView("error", Map.of("status", HttpStatus.NOT_FOUND.value()), HttpStatus.NOT_FOUND);
    }

}
