package vn.phoihop.cadreboard.cases.adapter.in.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.phoihop.cadreboard.cases.application.CaseNotFound;
import vn.phoihop.cadreboard.cases.domain.RuleViolation;
import vn.phoihop.regulation.UnknownRegulation;
import vn.phoihop.web.FieldViolation;
import vn.phoihop.web.Problems;

/** The cadre board's refusals as Problem Details naming the rule of docs/protocol.md; the API's only. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblems {

    @ExceptionHandler
    ProblemDetail refused(RuleViolation violation) {
        return switch (violation) {
            case RuleViolation.StateConflict conflict ->
                Problems.refused(HttpStatus.CONFLICT, conflict.rule(), conflict.getMessage());
            case RuleViolation.Unjustified unjustified ->
                Problems.refused(HttpStatus.UNPROCESSABLE_CONTENT, unjustified.rule(), unjustified.getMessage());
            case RuleViolation.InvalidFields invalid -> invalidFields(invalid);
        };
    }

    @ExceptionHandler
    ProblemDetail unknownRegulation(UnknownRegulation unknown) {
        return Problems.refused(HttpStatus.UNPROCESSABLE_CONTENT, unknown.rule(), unknown.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(CaseNotFound notFound) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
    }

    /** Like an invalid request, with the rule whose fields they are (e.g. proposal-fields). */
    private static ProblemDetail invalidFields(RuleViolation.InvalidFields invalid) {
        ProblemDetail problem = Problems.invalidRequest(invalid.problems()
            .stream()
            .map(p -> new FieldViolation(p.field(), p.rule(), p.message()))
            .toList());
        problem.setProperty("rule", invalid.rule());
        return problem;
    }

}
