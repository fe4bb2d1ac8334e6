package vn.phoihop.e2e.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the run saw: counts for the summary and the requests that broke a rule, with their answers. A few examples of
 * each kind of failure are kept, so that a flood of one kind cannot hide the single example of another.
 */
final class Tally {

    private static final int KEPT_PER_KIND = 5;

    private final Map<Integer, Integer> byStatus = new TreeMap<>();

    private final Map<String, Integer> byOperation = new TreeMap<>();

    private final Map<String, List<String>> failures = new LinkedHashMap<>();

    private int requests;

    private int serverErrors;

    private int notProblemDetails;

    private int refusedByTomcat;

    private int comparedBatches;

    private int inconclusiveBatches;

    private int stateChanges;

    void count(FuzzRequest request, int status) {
        requests++;
        byStatus.merge(status, 1, Integer::sum);
        byOperation.merge(request.operation().name(), 1, Integer::sum);
    }

    void serverError(FuzzRequest request, int status, String response) {
        serverErrors++;
        fail("5xx", "5xx " + status, request, response);
    }

    void notProblemDetails(FuzzRequest request, int status, String why, String response) {
        notProblemDetails++;
        fail("not Problem Details " + status + " " + why, status + " " + why, request, response);
    }

    void refusedByTomcat() {
        refusedByTomcat++;
    }

    void compared() {
        comparedBatches++;
    }

    void inconclusive() {
        inconclusiveBatches++;
    }

    /** @param batch each request's answer status and excerpt */
    void stateChanged(List<String> batch, Map<String, String> before, Map<String, String> after) {
        stateChanges++;
        keep("state change", "state changed by a batch of refused requests: " + before + " -> " + after
                + batch.stream().reduce("", (all, one) -> all + "\n " + one));
    }

    boolean clean() {
        return serverErrors == 0 && notProblemDetails == 0 && stateChanges == 0;
    }

    List<String> failures() {
        return failures.values().stream().flatMap(List::stream).toList();
    }

    String summary(long seed, long millis) {
        StringBuilder table = new StringBuilder();
        table.append("\nREST fuzz: seed ").append(seed).append(", ").append(requests).append(" requests in ")
            .append(millis / 1000).append(" s (replay: -Dphoihop.fuzz.seed=").append(seed).append(")\n");
        table.append(String.format("%-62s %8s%n", "status", "requests"));
        byStatus.forEach((status, count) -> table.append(String.format("%-62s %8d%n", status, count)));
        table.append(String.format("%-62s %8s%n", "operation", "requests"));
        byOperation.forEach((operation, count) -> table.append(String.format("%-62s %8d%n", operation, count)));
        table.append(String.format("%-62s %8d%n", "5xx", serverErrors));
        table.append(String.format("%-62s %8d%n", "4xx on /api/** without Problem Details", notProblemDetails));
        table.append(String.format("%-62s %8d%n", "Tomcat's own 400 for %00 in the path (exempt, see RestFuzzIT)",
                refusedByTomcat));
        table.append(String.format("%-62s %8d%n", "batches of refusals compared", comparedBatches));
        table.append(String.format("%-62s %8d%n", "batches not comparable (an event of the other board came)",
                inconclusiveBatches));
        table.append(String.format("%-62s %8d%n", "state changes from refusals", stateChanges));
        return table.toString();
    }

    private void fail(String kind, String what, FuzzRequest request, String response) {
        String shown = response.length() > 600 ? response.substring(0, 600) + "…" : response;
        keep(kind, what + ": " + request.excerpt() + "\n  answer " + shown);
    }

    private void keep(String kind, String failure) {
        List<String> ofKind = failures.computeIfAbsent(kind, any -> new ArrayList<>());
        if (ofKind.size() < KEPT_PER_KIND) {
            ofKind.add(failure);
        }
    }

}
