package vn.phoihop.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where an error that no controller advice answered becomes Problem Details, for the API's paths.
 * Whatever ends a request with an error status before or outside a controller (the security firewall, no operation
 * at the path, a method the path does not take, a query or body Tomcat cannot parse) ends in the servlet container's
 * error dispatch; for a request to the API this filter answers it and Boot's {@code /error} page is never reached.
 * The consoles' paths go on to that page. Registered for the error dispatch only.
 *
 * <p>The body is {@code application/problem+json} whatever {@code Accept} asked for: a client that accepts neither
 * still learns why it was refused (RFC 9110 allows answering 406 with a representation the client did not ask
 * for), as Spring itself does for a Problem Details body no {@code Accept} matches.
 */
final class ApiErrorResponses extends OncePerRequestFilter {

    private static final List<PathPattern> API_PATHS = Arrays.stream(SecurityBaseline.API_PATHS)
        .map(PathPatternParser.defaultInstance::parse)
        .toList();

    private final JsonMapper json;

    ApiErrorResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : response.getStatus();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status),
                detail(status, request.getMethod()));
        if (problem.getTitle() == null) {
            problem.setTitle("Error " + status);
        }
        if (status == HttpStatus.CONTENT_TOO_LARGE.value()) {
            problem.setProperty("rule", "request-size");
        }
        Problems.write(response, problem, json);
    }

    private static String detail(int status, String method) {
        return switch (status) {
            case 400 -> "The request cannot be read: its path, query, headers or body are malformed.";
            case 404 -> "This API has no operation at this path.";
            case 405 -> "This path does not take " + method + "; the Allow header lists what it takes.";
            case 406 -> "This API answers in JSON only.";
            case 413 -> "The request is larger than this service takes.";
            case 415 -> "This operation does not read a body of this Content-Type; send application/json.";
            default -> status >= 500 ? "The service failed to answer this request."
                    : "The request was refused.";
        };
    }

    /** The error dispatch's own path is the error page's; the request's own path is kept in an attribute. */
    private static boolean isApi(HttpServletRequest request) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri)) {
            return false;
        }
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        // left encoded: a malformed escape, one reason to be here, must not fail the match
        PathContainer container = PathContainer.parsePath(path, PathContainer.Options.create('/', false));
        return API_PATHS.stream().anyMatch(pattern -> pattern.matches(container));
    }

}
