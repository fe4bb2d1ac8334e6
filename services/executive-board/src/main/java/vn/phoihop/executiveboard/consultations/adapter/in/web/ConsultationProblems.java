package vn.phoihop.executiveboard.consultations.adapter.in.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.phoihop.executiveboard.consultations.application.ConsultationNotFound;
import vn.phoihop.executiveboard.consultations.domain.ConsultationConflict;
import vn.phoihop.executiveboard.consultations.domain.OpinionRefused;
import vn.phoihop.executiveboard.consultations.domain.ReviewRefused;
import vn.phoihop.executiveboard.consultations.domain.RuleViolation;
import vn.phoihop.regulation.UnknownRegulation;
import vn.phoihop.web.Problems;

/** The executive board's refusals to the API, as Problem Details naming the rule and its numbers. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsultationProblems {

    @ExceptionHandler
    ProblemDetail refused(RuleViolation violation) {
        HttpStatus status = switch (violation) {
            case ConsultationConflict conflict -> HttpStatus.CONFLICT;
            case OpinionRefused invalid -> HttpStatus.UNPROCESSABLE_CONTENT;
            case ReviewRefused forbidden -> HttpStatus.FORBIDDEN;
        };
        return Problems.refused(status, violation.rule(), violation.getMessage());
    }

    /** A consultation received under a regulation this board has since been started without. */
    @ExceptionHandler
    ProblemDetail unknownRegulation(UnknownRegulation unknown) {
        return Problems.refused(HttpStatus.UNPROCESSABLE_CONTENT, unknown.rule(), unknown.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(ConsultationNotFound notFound) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
    }

}
