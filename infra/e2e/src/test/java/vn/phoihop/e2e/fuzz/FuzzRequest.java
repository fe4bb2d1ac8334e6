package vn.phoihop.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A request as sent, with what it was made to try.
 *
 * @param body null for none
 * @param chunked sent without Content-Length
 */
record FuzzRequest(Operation operation, String method, String target, Map<String, String> headers, byte[] body,
        boolean chunked, String user, String trying) {

    boolean isApi() {
        return target.startsWith("/api/");
    }

    /** Tomcat's connector refuses an encoded NUL in the path before the service sees the request. */
    boolean refusedByTomcat() {
        int query = target.indexOf('?');
        return (query < 0 ? target : target.substring(0, query)).contains("%00");
    }

    boolean isRead() {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    /** For a report: the start of the body and of the target, never megabytes. */
    String excerpt() {
        String shownTarget = target.length() > 300 ? target.substring(0, 300) + "…" : target;
        String shownBody = body == null ? "(none)"
                : new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8)
                        + (body.length > 400 ? "… (" + body.length + " bytes)" : "");
        return method + " " + shownTarget + " as " + user + " trying " + trying + "\n  headers " + headers.keySet()
                + (chunked ? " chunked" : "") + "\n  body " + shownBody;
    }

}
