package vn.phoihop.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * Turns malformed and invalid requests into Problem Details that name the field and the rule it broke, so a
 * client can fix its request without reading server logs. Services add their own advice for domain refusals. Only
 * the API's controllers: a console page that fails gets the HTML error page, not JSON.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = ex.getBindingResult()
            .getFieldErrors()
            .stream()
            .map(error -> new FieldViolation(error.getField(), error.getCode(), error.getDefaultMessage()))
            .toList();
        return ResponseEntity.badRequest().body(Problems.invalidRequest(violations));
    }

    /**
     * Raised instead of the above when a handler's parameters carry constraints of their own (a path variable's
     * pattern, say): the body's errors then come as {@link ParameterErrors}, the other parameters' by name.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors errors) {
                errors.getFieldErrors()
                    .forEach(error -> violations
                        .add(new FieldViolation(error.getField(), error.getCode(), error.getDefaultMessage())));
            }
            else {
                String parameter = result.getMethodParameter().getParameterName();
                result.getResolvableErrors()
                    .forEach(error -> violations
                        .add(new FieldViolation(parameter, constraintOf(error), error.getDefaultMessage())));
            }
        }
        return ResponseEntity.badRequest().body(Problems.invalidRequest(violations));
    }

    /** The most general of an error's codes is the constraint's own name, e.g. Pattern. */
    private static String constraintOf(MessageSourceResolvable error) {
        String[] codes = error.getCodes();
        return codes == null || codes.length == 0 ? "Valid" : codes[codes.length - 1];
    }

    /**
     * Spring reads a body declared as {@code *}{@code /*} (or {@code application/*}) by copying that into its own
     * headers, which refuse a wildcard with this exception before any converter is asked. The client sent no real
     * media type: 415, as for any type no converter reads. Every other IllegalArgumentException stays a server error.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> handleWildcardContentType(IllegalArgumentException ex, HttpServletRequest request) {
        if (!hasWildcardContentType(request)) {
            // rethrown as it came, Spring carries on as if this handler did not exist
            throw ex;
        }
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
            .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "A wildcard Content-Type names no media type; send application/json."));
    }

    private static boolean hasWildcardContentType(HttpServletRequest request) {
        try {
            MediaType type = MediaType.parseMediaType(request.getContentType());
            return type.isWildcardType() || type.isWildcardSubtype();
        }
        catch (InvalidMediaTypeException ex) {
            return false;
        }
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldViolation violation = jsonViolation(ex);
        return ResponseEntity.badRequest().body(Problems.invalidRequest(List.of(violation)));
    }

    private static FieldViolation jsonViolation(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                return new FieldViolation(JsonPaths.of(json.getPath()), "Readable",
                        "value cannot be read as the expected type");
            }
        }
        return new FieldViolation("", "Readable", "request body is missing or is not valid JSON");
    }

}
