package vn.phoihop.local;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The services the stack runs, in start order; a new service is one more line. */
final class Services {

    static final String CADRE_BOARD = "cadre-board";
    static final String EXECUTIVE_BOARD = "executive-board";
    static final String AUDIT = "audit";

    /**
     * The demo seeder runs the deadline check itself once every opinion of the replayed term is in; the board's
     * own scheduled check waits long enough not to find the term's cases overdue half-way through the seeding.
     */
    static final String DEADLINE_CHECK_AFTER_SEEDING = "--phoihop.deadlines.initial-delay=PT10M";

    private Services() {
    }

    static List<StackService> of(Path root, String version) {
        return List.of(
                service(root, version, CADRE_BOARD, 8081, "cadre_board", List.of("clerk", "auditor", "admin"),
                        List.of(DEADLINE_CHECK_AFTER_SEEDING)),
                service(root, version, EXECUTIVE_BOARD, 8082, "executive_board",
                        Stream.of(Stream.of("committee", "member"), standingCommitteeMembers(), Stream.of("auditor",
                                "admin")).flatMap(users -> users).toList(),
                        List.of()),
                service(root, version, AUDIT, 8083, "audit", List.of("auditor", "admin"), List.of()));
    }

    /** uv01 … uv07: the Standing Committee members of the demo term, each reviewing the units he or she follows. */
    private static Stream<String> standingCommitteeMembers() {
        return IntStream.rangeClosed(1, 7).mapToObj(number -> String.format("uv%02d", number));
    }

    private static StackService service(Path root, String version, String name, int port, String database,
            List<String> demoUsers, List<String> options) {
        Path jar = root.resolve("services").resolve(name).resolve("target")
                .resolve(name + "-" + version + "-exec.jar");
        return new StackService(name, jar, port, database, demoUsers, options);
    }
}
