package vn.phoihop.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A multipart body Tomcat cannot parse (no boundary, a broken part) or one over the upload limits fails while
 * Spring resolves the multipart request, before a handler is chosen: no advice limited to controllers sees it, and
 * Spring's own resolvers leave it a 500. It is the client's request that is wrong. Last in line, so a service's own
 * advice (the cadre board's console answers an oversized upload with its form) still comes first; the error page,
 * or {@link ApiErrorResponses} for the API, writes the body.
 */
final class MalformedMultipart implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!(ex instanceof MultipartException)) {
            return null;
        }
        HttpStatus status = ex instanceof MaxUploadSizeExceededException ? HttpStatus.CONTENT_TOO_LARGE
                : HttpStatus.BAD_REQUEST;
        try {
            response.sendError(status.value());
        }
        catch (IOException failed) {
            // the client has gone: there is no one left to answer
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

}
