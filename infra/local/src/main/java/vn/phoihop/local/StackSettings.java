package vn.phoihop.local;

import java.nio.file.Path;
import java.util.List;

/** Where the stack keeps its data and which ports it takes. */
record StackSettings(Path dataDirectory, int postgresPort, int kafkaPort, List<StackService> services) {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    private static final String DATA_DIR = "--data-dir=";

    /** Arguments: optionally --data-dir=PATH; by default .data under the repository root. */
    static StackSettings fromArguments(List<String> arguments, Path root, String version) {
        Path dataDirectory = root.resolve(".data");
        for (String argument : arguments) {
            if (!argument.startsWith(DATA_DIR)) {
                throw new IllegalArgumentException("Unknown argument " + argument + "; usage: run [--data-dir=PATH]");
            }
            dataDirectory = root.resolve(argument.substring(DATA_DIR.length()));
        }
        return new StackSettings(dataDirectory.normalize(), POSTGRES_PORT, KAFKA_PORT, Services.of(root, version));
    }

    Path logDirectory() {
        return dataDirectory.resolve("logs");
    }
}
