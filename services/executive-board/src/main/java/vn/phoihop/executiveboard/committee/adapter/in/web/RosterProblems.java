package vn.phoihop.executiveboard.committee.adapter.in.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.phoihop.executiveboard.committee.domain.RosterRefused;
import vn.phoihop.web.Problems;

/** Roster changes that would leave it inconsistent, as Problem Details. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RosterProblems {

    @ExceptionHandler
    ProblemDetail refused(RosterRefused refused) {
        return Problems.refused(HttpStatus.UNPROCESSABLE_CONTENT, refused.rule(), refused.getMessage());
    }

}
