package vn.phoihop.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.avro.Schema;

/** Every kept version of every event's schema, oldest first per event. */
final class SchemaHistory {

    /** Where the build puts {@code schemas/versions} in the jar. */
    static final String RESOURCE_ROOT = "phoihop/schema-versions/";

    private final Map<String, List<KeptVersion>> versionsByEvent;

    SchemaHistory(Map<String, List<KeptVersion>> versionsByEvent) {
        this.versionsByEvent = Map.copyOf(versionsByEvent);
    }

    static SchemaHistory fromClasspath() {
        ClassLoader loader = SchemaHistory.class.getClassLoader();
        return new SchemaHistory(EventType.CONTRACT.stream()
                .collect(Collectors.toMap(EventType::name, type -> load(loader, type.name()))));
    }

    List<KeptVersion> versionsOf(String event) {
        return versionsByEvent.getOrDefault(event, List.of());
    }

    // Versions are numbered without gaps (SchemaVersionsTest checks the folder), so probing v1, v2 ... until one is
    // missing finds them all, in a jar as well as in a directory, without an index to keep in step.
    private static List<KeptVersion> load(ClassLoader loader, String event) {
        List<KeptVersion> kept = new ArrayList<>();
        for (int number = 1;; number++) {
            String resource = RESOURCE_ROOT + KeptVersion.file(event, number);
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    return List.copyOf(kept);
                }
                // a parser per file: each version is self-contained and redefines the same names
                kept.add(new KeptVersion(event, number, new Schema.Parser().parse(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
    }
}
