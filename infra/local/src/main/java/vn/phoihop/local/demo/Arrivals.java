package vn.phoihop.local.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import vn.phoihop.local.demo.BoardClient.User;

/**
 * Waits until a board's list shows each case in the status asked, at the proposal version expected: how the
 * seeder knows that an event has crossed from the other board.
 */
final class Arrivals {

    private final Waiting waiting;
    private final CaseIds caseIds;

    Arrivals(Waiting waiting, CaseIds caseIds) {
        this.waiting = waiting;
        this.caseIds = caseIds;
    }

    /** {@code query} filters the list, e.g. "status=PENDING"; {@code version} is what each case must show. */
    void await(String what, BoardClient board, User user, String path, String query, List<PlannedCase> expected,
            ToIntFunction<PlannedCase> version) {
        if (expected.isEmpty()) {
            return;
        }
        waiting.until(what, () -> {
            Map<String, Integer> listed = new HashMap<>();
            board.list(user, path, query).forEach(item -> listed.put(item.path("caseId").asString(),
                    item.path("proposalVersion").asInt()));
            return expected.stream()
                    .filter(planned -> !Integer.valueOf(version.applyAsInt(planned)).equals(
                            listed.get(caseIds.of(planned))))
                    .map(planned -> planned + " " + caseIds.of(planned))
                    .toList();
        });
    }
}
