package vn.phoihop.bench.cycles;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's command line, {@code --name=value} each:
 * <ul>
 * <li>{@code --replicas=1}: instances of each board;</li>
 * <li>{@code --partitions=3}: partitions of each board's events topic;</li>
 * <li>{@code --users=4,16,48}: the closed-loop steps that find the maximum throughput;</li>
 * <li>{@code --offered=0.25,0.5,0.75}: the open-loop steps, as fractions of that maximum;</li>
 * <li>{@code --warm-up=10} and {@code --window=20}: seconds of each step before and while it is measured;</li>
 * <li>{@code --ceiling=10}: seconds of each bare PostgreSQL measurement; {@code --jdbc-threads=16};</li>
 * <li>{@code --kafka-records=500000}: records of Kafka's own producer and consumer tests;</li>
 * <li>{@code --board-arguments=--a=1;--b=2}: given to every board instance, to try a setting;</li>
 * <li>{@code --idempotency-keys=false}: {@code true} sends every command with an {@code Idempotency-Key}, as a client
 * that resends after a lost answer must;</li>
 * <li>{@code --directory=infra/bench/target/cycles} for data and logs, {@code --plot=<directory>/cycles.png}.</li>
 * </ul>
 */
record BenchmarkSettings(int replicas, int partitions, List<Integer> users, List<Double> offered, Duration warmUp,
        Duration window, Duration ceiling, int jdbcThreads, int kafkaRecords, List<String> boardArguments,
        boolean idempotencyKeys, Path directory, Path plot) {

    static BenchmarkSettings parse(String... arguments) {
        Map<String, String> given = new HashMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (!argument.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + argument);
            }
            given.put(argument.substring(2, equals), argument.substring(equals + 1));
        }
        Path directory = Path.of(given.getOrDefault("directory", "infra/bench/target/cycles"));
        BenchmarkSettings settings = new BenchmarkSettings(number(given, "replicas", "1"),
                number(given, "partitions", "3"), list(given, "users", "4,16,48").stream().map(Integer::valueOf).toList(),
                list(given, "offered", "0.25,0.5,0.75").stream().map(Double::valueOf).toList(),
                Duration.ofSeconds(number(given, "warm-up", "10")), Duration.ofSeconds(number(given, "window", "20")),
                Duration.ofSeconds(number(given, "ceiling", "10")), number(given, "jdbc-threads", "16"),
                number(given, "kafka-records", "500000"),
                given.containsKey("board-arguments") ? List.of(given.get("board-arguments").split(";")) : List.of(),
                flag(given, "idempotency-keys"), directory,
                Path.of(given.getOrDefault("plot", directory.resolve("cycles.png").toString())));
        List<String> unknown = given.keySet()
            .stream()
            .filter(name -> !List.of("replicas", "partitions", "users", "offered", "warm-up", "window", "ceiling",
                    "jdbc-threads", "kafka-records", "board-arguments", "idempotency-keys", "directory", "plot")
                .contains(name))
            .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown settings " + unknown);
        }
        return settings;
    }

    private static boolean flag(Map<String, String> given, String name) {
        String value = given.getOrDefault(name, "false");
        if (!List.of("true", "false").contains(value)) {
            throw new IllegalArgumentException("--" + name + " is true or false, not " + value);
        }
        return Boolean.parseBoolean(value);
    }

    private static int number(Map<String, String> given, String name, String otherwise) {
        return Integer.parseInt(given.getOrDefault(name, otherwise));
    }

    private static List<String> list(Map<String, String> given, String name, String otherwise) {
        return Arrays.asList(given.getOrDefault(name, otherwise).split(","));
    }

}
