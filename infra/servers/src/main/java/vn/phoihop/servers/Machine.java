package vn.phoihop.servers;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** One line describing where a benchmark ran, printed with every result so numbers are never read alone. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        return "%s, %d cores, %d MiB RAM visible to the JVM, Java %s, %s".formatted(cpuModel(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Runtime.version(), System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    /** How busy the machine was besides: on a shared machine, the number that says how far to trust the others. */
    public static String loadAverage() {
        return "%.1f over the last minute on %d cores".formatted(
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"))
                .stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst()
                .orElse("unknown CPU");
        }
        catch (IOException e) {
            return "unknown CPU";
        }
    }

}
