package vn.phoihop.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as Problem Details, like every other refusal of the platform. */
final class ProblemSecurityHandlers {

    private final JsonMapper json;

    ProblemSecurityHandlers(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"phoihop\"");
            write(response, HttpStatus.UNAUTHORIZED, "Sign in to use this service.");
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN,
                "Your role does not allow this action.");
    }

    private void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        Problems.write(response, ProblemDetail.forStatusAndDetail(status, detail), json);
    }

}
