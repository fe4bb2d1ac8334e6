package vn.phoihop.local;

import java.nio.file.Path;
import java.util.List;

/** The services the stack runs, in start order; a new service is one more line. */
final class Services {

    static final String CADRE_BOARD = "cadre-board";

    private Services() {
    }

    static List<StackService> of(Path root, String version) {
        return List.of(
                service(root, version, CADRE_BOARD, 8081, "cadre_board", "clerk", "auditor", "admin"),
                service(root, version, "executive-board", 8082, "executive_board",
                        "committee", "member", "auditor", "admin"));
    }

    private static StackService service(Path root, String version, String name, int port, String database,
            String... demoUsers) {
        Path jar = root.resolve("services").resolve(name).resolve("target")
                .resolve(name + "-" + version + "-exec.jar");
        return new StackService(name, jar, port, database, List.of(demoUsers));
    }
}
