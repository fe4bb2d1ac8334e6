package vn.phoihop.executiveboard.consultations.adapter.in.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.phoihop.executiveboard.consultations.application.ConsultationNotFound;
import vn.phoihop.executiveboard.consultations.domain.ConsultationConflict;
import vn.phoihop.executiveboard.consultations.domain.OpinionRefused;
import vn.phoihop.web.Problems;

/** The executive board's refusals as Problem Details naming the rule and its numbers. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsultationProblems {

    @ExceptionHandler
    ProblemDetail refused(OpinionRefused refused) {
        return Problems.refused(HttpStatus.UNPROCESSABLE_CONTENT, refused.rule(), refused.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(ConsultationConflict conflict) {
        return Problems.refused(HttpStatus.CONFLICT, conflict.rule(), conflict.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(ConsultationNotFound notFound) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
    }

}
