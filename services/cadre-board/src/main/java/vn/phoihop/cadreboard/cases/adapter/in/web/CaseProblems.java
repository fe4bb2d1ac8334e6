package vn.phoihop.cadreboard.cases.adapter.in.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.phoihop.cadreboard.cases.application.CaseNotFound;
import vn.phoihop.cadreboard.cases.domain.RuleViolation;
import vn.phoihop.web.Problems;

/** The cadre board's refusals as Problem Details naming the rule of the regulation. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblems {

    @ExceptionHandler
    ProblemDetail refused(RuleViolation violation) {
        HttpStatus status = violation instanceof RuleViolation.StateConflict ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_CONTENT;
        return Problems.refused(status, violation.rule(), violation.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(CaseNotFound notFound) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
    }

}
