package vn.phoihop.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code infra/faults/run [--cases=5000] [--faults=33] [--concurrency=48] [--directory=target/fault-run]}: the full
 * fault-injection run. Prints the table and exits 1 unless nothing was lost, duplicated or stuck and the audit is
 * clean.
 */
public final class FaultSuite {

    private FaultSuite() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(List.of(args));
        FaultRun run = new FaultRun(Integer.parseInt(options.getOrDefault("cases", "5000")),
                Integer.parseInt(options.getOrDefault("faults", "33")),
                Integer.parseInt(options.getOrDefault("concurrency", "48")),
                Path.of(options.getOrDefault("directory", "infra/faults/target/fault-run")).toAbsolutePath(),
                Duration.ofMinutes(3), Duration.ofSeconds(5), List.of());
        RunResult result = run.run();
        Report.print(result, System.out);
        System.exit(result.passed() ? 0 : 1);
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

}
