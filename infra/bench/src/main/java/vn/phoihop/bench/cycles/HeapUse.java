package vn.phoihop.bench.cycles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The most heap a service held, read from its JVM's collection log ({@code -Xlog:gc}): each collection logs the heap
 * in use before and after it and the heap's size, e.g. {@code Pause Young (Normal) (G1 Evacuation Pause)
 * 120M->30M(256M)}; the largest "before" is the most that was ever in use.
 */
record HeapUse(String service, long peakMiB, long largestSizeMiB, long collections) {

    private static final Pattern COLLECTION = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    static HeapUse of(String service, Path gcLog) {
        long peak = 0;
        long size = 0;
        long collections = 0;
        try (Stream<String> lines = Files.lines(gcLog)) {
            for (String line : (Iterable<String>) lines::iterator) {
                Matcher collection = COLLECTION.matcher(line);
                if (collection.find()) {
                    peak = Math.max(peak, Long.parseLong(collection.group(1)));
                    size = Math.max(size, Long.parseLong(collection.group(3)));
                    collections++;
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the collection log " + gcLog, ex);
        }
        return new HeapUse(service, peak, size, collections);
    }

    @Override
    public String toString() {
        return "%s %d MiB (heap at most %d MiB, %d collections)".formatted(this.service, this.peakMiB,
                this.largestSizeMiB, this.collections);
    }

}
