package vn.phoihop.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

/** Where the stack keeps its data, which ports it takes, and whether it replays the demo term. */
record StackSettings(Path dataDirectory, int postgresPort, int kafkaPort, int landingPort, List<StackService> services,
        boolean demo) {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int LANDING_PORT = 8080;
    private static final String DATA_DIR = "--data-dir=";
    private static final String NO_DEMO = "--no-demo";

    /** The help text of infra/local/run, as the README shows it. */
    static final String USAGE = """
            Usage: infra/local/run [--data-dir=PATH] [--no-demo]
              --data-dir=PATH  where PostgreSQL, Kafka and its credentials, the boards' checkpoint keys, the
                               services' AOT caches and the logs are kept
                               (default: .data at the repository root; relative paths from there)
              --no-demo        start with empty boards: do not replay the 2010-2015 term
                               (the demo is loaded only into a cadre board without cases anyway)
              --help           print this and exit""";

    /** Arguments: optionally --data-dir=PATH and --no-demo; by default .data under the repository root. */
    static StackSettings fromArguments(List<String> arguments, Path root, String version) {
        Path dataDirectory = root.resolve(".data");
        boolean demo = true;
        for (String argument : arguments) {
            if (argument.startsWith(DATA_DIR)) {
                dataDirectory = root.resolve(argument.substring(DATA_DIR.length()));
            } else if (argument.equals(NO_DEMO)) {
                demo = false;
            } else {
                throw new IllegalArgumentException("Unknown argument " + argument + "\n" + USAGE);
            }
        }
        return new StackSettings(dataDirectory.normalize(), POSTGRES_PORT, KAFKA_PORT, LANDING_PORT,
                Services.of(root, version), demo);
    }

    /** On ports free now, so it runs beside another stack; for tests and measurements. */
    static StackSettings onFreePorts(Path dataDirectory, List<StackService> services, boolean demo) {
        return new StackSettings(dataDirectory, freePort(), freePort(), freePort(),
                services.stream().map(service -> service.onPort(freePort())).toList(), demo);
    }

    static boolean wantsHelp(List<String> arguments) {
        return arguments.contains("--help") || arguments.contains("-h");
    }

    Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    /** Each service's extracted jar and AOT cache, remade when the jar changes. */
    Path aotDirectory() {
        return dataDirectory.resolve("aot");
    }

    Path keysDirectory() {
        return dataDirectory.resolve("keys");
    }

    /** Each Kafka principal's client settings, {@code <principal>.properties}, made on the first start. */
    Path kafkaCredentialsDirectory() {
        return dataDirectory.resolve("kafka-credentials");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        }
    }
}
