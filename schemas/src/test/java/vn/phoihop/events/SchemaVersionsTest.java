package vn.phoihop.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build's guard over the event contract. With {@code -Dphoihop.freeze-schemas=true} it also writes the next version
 * file of every event whose change is compatible.
 */
class SchemaVersionsTest {

    static final String FREEZE_COMMAND = "./mvnw -B -ntp -pl schemas test -Dtest=SchemaVersionsTest "
            + "-Dphoihop.freeze-schemas=true";

    private static final boolean FREEZE = Boolean.getBoolean("phoihop.freeze-schemas");

    static Stream<String> events() {
        return EventType.CONTRACT.stream().map(EventType::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everyEventIsFrozenAndFullyCompatibleWithEveryKeptVersion(String event) throws IOException {
        EventType type = typeNamed(event);
        List<KeptVersion> kept = VersionsFolder.keptVersionsOf(event);
        if (FREEZE && CompatibilityCheck.unfrozen(event, type.schema(), kept).isPresent()
                && CompatibilityCheck.incompatibilities(event, type.schema(), kept).isEmpty()) {
            Path file = VersionsFolder.fileOf(event, kept.size() + 1);
            Files.createDirectories(file.getParent());
            Files.writeString(file, type.schema().toString(true) + "\n");
            fail("froze the schema of " + event + " as " + file + ": review it and build again");
        }
        assertThat(CompatibilityCheck.problems(event, type.schema(), kept))
                .as("a compatible change is frozen as the next version by: " + FREEZE_COMMAND)
                .isEmpty();
    }

    @Test
    void keptVersionsAreNumberedFromOneWithoutGapsInFoldersNamedAfterEvents() {
        for (Path folder : VersionsFolder.children(VersionsFolder.ROOT)) {
            String event = folder.getFileName().toString();
            assertThat(events()).as("versions/%s is named after an event", event).contains(event);
            List<String> expected = Stream.iterate(1, n -> n + 1)
                    .limit(VersionsFolder.children(folder).size())
                    .map(n -> "v" + n + ".avsc")
                    .toList();
            assertThat(VersionsFolder.children(folder)).map(file -> file.getFileName().toString())
                    .as("files of versions/%s", event)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void jarCarriesEveryKeptVersion(String event) {
        assertThat(SchemaHistory.fromClasspath().versionsOf(event))
                .as("kept versions of %s on the classpath; build again after freezing one", event)
                .map(version -> version.schema().toString(true))
                .containsExactlyElementsOf(VersionsFolder.keptVersionsOf(event).stream()
                        .map(version -> version.schema().toString(true))
                        .toList());
    }

    @Test
    void everySchemaFileInATopicFolderIsAnEventOfThatProducer() {
        for (Path folder : VersionsFolder.children(Path.of("src/main/avro"))) {
            String producer = folder.getFileName().toString();
            if (producer.equals("checkpoints")) {
                assertThat(VersionsFolder.children(folder)).map(file -> file.getFileName().toString())
                        .as("schemas in src/main/avro/checkpoints")
                        .containsExactly(EventType.CHECKPOINT.name() + ".avsc");
            }
            else if (!producer.equals("common")) {
                assertThat(VersionsFolder.children(folder)).map(file -> file.getFileName().toString())
                        .as("schemas in src/main/avro/%s", producer)
                        .containsExactlyInAnyOrderElementsOf(EventType.ALL.stream()
                                .filter(type -> type.producer().equals(producer))
                                .map(type -> type.name() + ".avsc")
                                .toList());
            }
        }
    }

    @Test
    void eachProducerWritesOnlyItsOwnTopic() {
        assertThat(EventType.ALL).allSatisfy(type ->
                assertThat(type.topic()).isEqualTo("phoihop." + type.producer() + ".events"));
    }

    private static EventType typeNamed(String event) {
        return EventType.CONTRACT.stream().filter(type -> type.name().equals(event)).findFirst().orElseThrow();
    }
}
