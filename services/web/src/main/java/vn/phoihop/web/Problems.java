package vn.phoihop.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/** Builders for the Problem Details bodies every service returns, so all refusals read the same. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail invalidRequest(List<FieldViolation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request breaks " + violations.size() + " rule(s); see errors.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", violations);
        return problem;
    }

    /** A well-formed request that the domain refuses: the rule's name and a sentence with the numbers. */
    public static ProblemDetail refused(HttpStatus status, String rule, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Refused by rule " + rule);
        problem.setProperty("rule", rule);
        return problem;
    }

    /** For refusals made before a controller is reached: security and the limits write the response themselves. */
    public static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

}
