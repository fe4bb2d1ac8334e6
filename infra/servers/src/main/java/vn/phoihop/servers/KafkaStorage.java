package vn.phoihop.servers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

/** Formats a new data directory for a single-node cluster, as {@code kafka-storage.sh format} would. */
final class KafkaStorage {

    private KafkaStorage() {
    }

    /** StorageTool.execute, unlike its main, reports failures by exception instead of exiting the JVM. */
    static void format(Properties config, List<String> additions) {
        Path file = null;
        var output = new ByteArrayOutputStream();
        try {
            file = Files.createTempFile("phoihop-kafka", ".properties");
            try (Writer writer = Files.newBufferedWriter(file)) {
                config.store(writer, null);
            }
            List<String> arguments = new ArrayList<>(List.of("format", "--cluster-id", Uuid.randomUuid().toString(),
                    "--config", file.toString()));
            arguments.addAll(additions);
            int status = StorageTool.execute(arguments.toArray(String[]::new),
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            if (status != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot format Kafka storage", e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }
}
