package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file over the limit (spring.servlet.multipart) is refused while the request is read, before any controller:
 * the browser goes back to the form it came from, which says why. Only the consoles take files.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    static final String REFUSED = "uploadTooLarge";

    @ExceptionHandler
    String tooLarge(MaxUploadSizeExceededException refused, HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put(REFUSED, true);
        return "redirect:" + formPage(request);
    }

    /** The page the form was on, when the browser says so and it is one of this service's; the case list else. */
    private static String formPage(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer != null) {
            try {
                URI from = URI.create(referer);
                if (request.getServerName().equals(from.getHost()) && from.getRawPath() != null
                        && from.getRawPath().startsWith("/")) {
                    return from.getRawQuery() == null ? from.getRawPath()
                            : from.getRawPath() + "?" + from.getRawQuery();
                }
            }
            catch (IllegalArgumentException unreadable) {
                return "/cases";
            }
        }
        return "/cases";
    }

}
