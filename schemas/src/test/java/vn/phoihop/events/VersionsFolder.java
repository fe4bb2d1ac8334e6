package vn.phoihop.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;

/** The kept versions as they are in the working tree ({@code schemas/versions}), before the build copies them. */
final class VersionsFolder {

    static final Path ROOT = Path.of("versions");

    private VersionsFolder() {
    }

    static Path fileOf(String event, int number) {
        return ROOT.resolve(KeptVersion.file(event, number));
    }

    /** The versions of {@code event} numbered from 1 up to the first missing number. */
    static List<KeptVersion> keptVersionsOf(String event) {
        List<KeptVersion> kept = new ArrayList<>();
        for (int number = 1; Files.exists(fileOf(event, number)); number++) {
            kept.add(new KeptVersion(event, number, parse(fileOf(event, number))));
        }
        return kept;
    }

    static List<Path> children(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema parse(Path file) {
        try {
            return new Schema.Parser().parse(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
