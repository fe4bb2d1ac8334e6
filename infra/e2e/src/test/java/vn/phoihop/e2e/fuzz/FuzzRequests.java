package vn.phoihop.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Makes a request for an operation: a demo user of each role, anonymous or bad credentials; path variables that
 * name real cases, members and units or are malformed; declared and unknown query parameters; odd headers; and a
 * body from {@link Bodies}. Once in a while a method the path does not take.
 */
final class FuzzRequests {

    private static final List<String> USERS = List.of("clerk", "committee", "member", "auditor", "admin");

    private static final String[] ACCEPTS = { "application/json", "*/*", "application/xml", "text/html",
            "image/png", "application/problem+json", "application/json;q=bogus", "text/*, application/*;q=0.1" };

    private static final String[] ODD_VALUES = { "not-a-uuid", "00000000-0000-0000-0000-000000000000", "..",
            "%2e%2e", "Nguy%E1%BB%85n", "%F0%9F%99%82", "-1", "'%20OR%201=1--", "%00", "%2F", "a%3Bb", "UV-99",
            "9F86D081-884C-7D65-9A2F-EAA0C55AD015" };

    private final Random random;

    private final Bodies bodies;

    private final List<String> caseIds;

    FuzzRequests(Random random, List<String> caseIds) {
        this.random = random;
        this.bodies = new Bodies(random);
        this.caseIds = caseIds;
    }

    FuzzRequest of(Operation operation) {
        Map<String, String> headers = new LinkedHashMap<>();
        String user = identify(headers);
        headers.put("Accept", random.nextInt(4) == 0 ? ACCEPTS[random.nextInt(ACCEPTS.length)] : "application/json");
        if (random.nextInt(30) == 0) {
            // under Tomcat's header limit: beyond it Tomcat refuses before any of the service's code runs
            headers.put("X-Fuzz", "h".repeat(6000));
        }
        if (random.nextInt(30) == 0) {
            headers.put("Accept-Language", "xx-INVALID;q=2, vi;q=abc");
        }
        String method = random.nextInt(25) == 0 ? List.of("DELETE", "PATCH", "PUT", "POST").get(random.nextInt(4))
                : operation.method();
        String target = path(operation) + query(operation);
        byte[] body = null;
        boolean chunked = false;
        String trying = "a bodiless request";
        if (!method.equals("GET") && (operation.body() != null || random.nextInt(4) == 0)) {
            Bodies.Body made = bodies.of(operation);
            body = made.bytes();
            trying = made.trying();
            headers.put("Content-Type", made.contentType());
            chunked = body != null && random.nextInt(6) == 0;
        }
        return new FuzzRequest(operation, method, target, headers, body, chunked, user, trying);
    }

    private String identify(Map<String, String> headers) {
        int pick = random.nextInt(20);
        if (pick < 15) {
            String user = USERS.get(pick % USERS.size());
            headers.put("Authorization", basic(user + ":" + user + "-demo"));
            return user;
        }
        return switch (pick) {
            case 15 -> "anonymous";
            case 16 -> {
                headers.put("Authorization", basic("clerk:wrong"));
                yield "clerk with a wrong password";
            }
            case 17 -> {
                headers.put("Authorization", "Basic ***not base64***");
                yield "malformed Basic";
            }
            case 18 -> {
                headers.put("Authorization", "Bearer not.a.jwt");
                yield "a bearer token";
            }
            default -> {
                headers.put("Authorization", basic("nocolon"));
                yield "Basic without a colon";
            }
        };
    }

    private String path(Operation operation) {
        String path = operation.path();
        for (Operation.Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                path = path.replace("{" + parameter.name() + "}", pathValue(parameter.name()));
            }
        }
        return path;
    }

    private String pathValue(String name) {
        int pick = random.nextInt(10);
        if (pick < 5) {
            return switch (name) {
                case "caseId" -> caseIds.isEmpty() ? UUID.randomUUID().toString()
                        : caseIds.get(random.nextInt(caseIds.size()));
                case "memberId" -> "UV-0" + (1 + random.nextInt(7));
                case "unitCode" -> random.nextBoolean() ? "VU-TCCB" : "BO-KHDT";
                default -> "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
            };
        }
        if (pick < 6) {
            return UUID.randomUUID().toString();
        }
        if (pick < 7) {
            return "z".repeat(1 + random.nextInt(3000));
        }
        return ODD_VALUES[random.nextInt(ODD_VALUES.length)];
    }

    private String query(Operation operation) {
        StringBuilder query = new StringBuilder();
        for (Operation.Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("query") && random.nextBoolean()) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=').append(queryValue());
            }
        }
        if (random.nextInt(5) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append("unknown").append(random.nextInt(3)).append('=')
                .append(queryValue());
        }
        return query.toString();
    }

    private String queryValue() {
        String[] values = { "0", "-1", "1", "20", "99999999999999999999", "abc", "", "2026-11-20", "2026-13-45",
                "PENDING", "pending", "%F0%9F%99%82", "true", "x".repeat(2000), "1&page=2", "%E1%BB" };
        return values[random.nextInt(values.length)];
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

}
