package vn.phoihop.web.limits;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.web.Problems;

/**
 * Refuses a JSON body larger than {@link LimitSettings#jsonBody()} with 413 before a controller sees it. A declared
 * length is checked up front (Tomcat never reads past it); a chunked body is read up to the limit first, so what
 * the controller gets is held in memory no larger than the limit. Multipart uploads have limits of their own.
 */
public final class JsonBodyLimit extends OncePerRequestFilter {

    private final int limit;

    private final JsonMapper json;

    public JsonBodyLimit(LimitSettings settings, JsonMapper json) {
        this.limit = Math.toIntExact(settings.jsonBody().toBytes());
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (!isJson(request) || (declared >= 0 && declared <= limit)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = declared > limit ? null : request.getInputStream().readNBytes(limit + 1);
        if (body == null || body.length > limit) {
            Problems.write(response, Problems.refused(HttpStatus.CONTENT_TOO_LARGE, "request-size",
                    "A JSON body may be at most " + limit + " bytes."), json);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private static boolean isJson(HttpServletRequest request) {
        if (request.getContentType() == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(request.getContentType());
            return MediaType.APPLICATION_JSON.isCompatibleWith(type) || "json".equals(type.getSubtypeSuffix());
        }
        catch (InvalidMediaTypeException ex) {
            // refused as unsupported further on, without its body being read
            return false;
        }
    }

}
