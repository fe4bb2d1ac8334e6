package vn.phoihop.events;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;

/** Writes {@code docs/events.md} from the schemas, so the catalogue cannot drift from the contract. */
final class EventCatalogue {

    static final String REGENERATE = "./mvnw -B -ntp -pl schemas test -Dtest=EventCatalogueTest "
            + "-Dphoihop.regenerate-docs=true";

    // written by the outbox relay in the messaging module; listed here so consumers find everything in one place
    private static final List<List<String>> HEADERS = List.of(
            List.of("eventId", "`envelope.eventId`"),
            List.of("eventType", "name of the event's schema, e.g. `ConsultationRequested`"),
            List.of("caseId", "`envelope.caseId`, also the record key"),
            List.of("sequence", "`envelope.sequence`"),
            List.of("producer", "`envelope.producer`"),
            List.of("occurredAt", "`envelope.occurredAt`"),
            List.of("regulationVersion", "`envelope.regulationVersion`"),
            List.of("traceparent", "`envelope.traceparent`, only when present"));

    private static final String INTRODUCTION = """
            # Event catalogue

            Generated from the Avro schemas in `schemas/src/main/avro` by `EventCatalogue` (schemas test sources);
            do not edit by hand. The build fails when this file is out of date; regenerate it with

                %2$s

            ## Encoding

            Every payload is Avro single-object encoded: `C3 01`, the 8-byte little-endian CRC-64-AVRO
            fingerprint of the writer schema, then the Avro binary body. Every released version of an event
            schema is kept in `schemas/versions/<Event>/v<n>.avsc` and ships in the `schemas` jar;
            `vn.phoihop.events.EventCodec` reads bytes written with any of them into the current classes. The
            build refuses a schema change that is not frozen as the next version, or that the kept versions and
            the current schema cannot read both ways.

            To change a schema, edit its `.avsc` (a new field needs a default; a field without one, and an enum
            symbol, stays for good), then write it as the next kept version and regenerate this catalogue:

                %1$s
                %2$s

            The first command writes `schemas/versions/<Event>/v<n+1>.avsc` for each compatible change and fails
            the run so that the new file is reviewed; the next build passes. Producers may send a new version
            only once every reader runs a `schemas` jar that keeps it.

            """;

    private final SchemaHistory history = SchemaHistory.fromClasspath();

    private final StringBuilder out = new StringBuilder();

    private EventCatalogue() {
    }

    static String render() {
        return new EventCatalogue().all().toString();
    }

    private StringBuilder all() {
        out.append(INTRODUCTION.formatted(SchemaVersionsTest.FREEZE_COMMAND, REGENERATE));
        topics();
        headers();
        line("## Events");
        line("");
        EventType.ALL.forEach(this::event);
        checkpoints();
        line("## Types");
        line("");
        namedTypes().forEach(this::type);
        return out;
    }

    private void topics() {
        line("## Topics");
        line("");
        line("| Topic | Producer | Key | Events |");
        line("| --- | --- | --- | --- |");
        Map<String, List<EventType>> byTopic = EventType.ALL.stream()
                .collect(Collectors.groupingBy(EventType::topic, LinkedHashMap::new, Collectors.toList()));
        byTopic.forEach((topic, types) -> line("| `%s` | `%s` | `caseId` | %s |".formatted(topic,
                types.getFirst().producer(),
                types.stream().map(type -> link(type.schema())).collect(Collectors.joining(", ")))));
        line("");
    }

    private void headers() {
        line("## Record headers");
        line("");
        line("The outbox relay writes these headers on every Kafka record, from the envelope of the event it carries:");
        line("");
        line("| Header | Value |");
        line("| --- | --- |");
        HEADERS.forEach(header -> line("| `%s` | %s |".formatted(header.get(0), header.get(1))));
        line("");
    }

    private void event(EventType type) {
        line("### " + type.name());
        line("");
        line(escape(type.schema().getDoc()));
        line("");
        line("Topic `%s`, produced by `%s`, key `caseId`. Kept versions: %s.".formatted(type.topic(), type.producer(),
                history.versionsOf(type.name()).stream()
                        .map(version -> "v%d (fingerprint `%016x`)".formatted(version.number(), version.fingerprint()))
                        .collect(Collectors.joining(", "))));
        line("");
        fields(type.schema());
    }

    private void checkpoints() {
        EventType type = EventType.CHECKPOINT;
        line("## Checkpoints");
        line("");
        line(escape(type.schema().getDoc()));
        line("");
        line(("Topic `%s` per board (`%s`, `%s`), one partition, key `producer`. The signature covers the text "
                + "that `vn.phoihop.events.CheckpointStatement` builds from the other fields. Kept versions: %s.")
                .formatted(type.topic(), Topics.CADRE_BOARD_CHECKPOINTS, Topics.EXECUTIVE_BOARD_CHECKPOINTS,
                        history.versionsOf(type.name()).stream()
                                .map(version -> "v%d (fingerprint `%016x`)".formatted(version.number(),
                                        version.fingerprint()))
                                .collect(Collectors.joining(", "))));
        line("");
        fields(type.schema());
    }

    private void type(Schema schema) {
        line("### " + schema.getName());
        line("");
        line(escape(schema.getDoc()));
        line("");
        if (schema.getType() == Schema.Type.ENUM) {
            line("Enum; symbols: " + schema.getEnumSymbols().stream().map(symbol -> "`" + symbol + "`")
                    .collect(Collectors.joining(", ")) + "; default `" + schema.getEnumDefault() + "`.");
            line("");
        } else {
            fields(schema);
        }
    }

    private void fields(Schema record) {
        line("| Field | Type | Default | Description |");
        line("| --- | --- | --- | --- |");
        record.getFields().forEach(field -> line("| `%s` | %s | %s | %s |".formatted(field.name(),
                typeOf(field.schema()), defaultOf(field), escape(field.doc()))));
        line("");
    }

    private static String typeOf(Schema schema) {
        return switch (schema.getType()) {
            case UNION -> schema.getTypes().stream()
                    .filter(branch -> branch.getType() != Schema.Type.NULL)
                    .map(EventCatalogue::typeOf)
                    .collect(Collectors.joining(" or ")) + (schema.isNullable() ? " or null" : "");
            case ARRAY -> "array of " + typeOf(schema.getElementType());
            case RECORD, ENUM -> link(schema);
            default -> schema.getLogicalType() != null ? schema.getLogicalType().getName() : schema.getName();
        };
    }

    private static String defaultOf(Schema.Field field) {
        if (!field.hasDefaultValue()) {
            return "";
        }
        Object value = field.defaultVal();
        if (value == JsonProperties.NULL_VALUE) {
            return "`null`";
        }
        return value instanceof Collection<?> list && list.isEmpty() ? "`[]`" : "`" + value + "`";
    }

    // the records and enums the events use, in order of first use
    private static Collection<Schema> namedTypes() {
        Map<String, Schema> named = new LinkedHashMap<>();
        EventType.ALL.forEach(type -> type.schema().getFields().forEach(field -> collect(field.schema(), named)));
        return named.values();
    }

    private static void collect(Schema schema, Map<String, Schema> named) {
        switch (schema.getType()) {
            case UNION -> schema.getTypes().forEach(branch -> collect(branch, named));
            case ARRAY -> collect(schema.getElementType(), named);
            case ENUM -> named.putIfAbsent(schema.getFullName(), schema);
            case RECORD -> {
                if (named.putIfAbsent(schema.getFullName(), schema) == null) {
                    schema.getFields().forEach(field -> collect(field.schema(), named));
                }
            }
            default -> {
                // primitives are described where they are used
            }
        }
    }

    private static String link(Schema schema) {
        return "[" + schema.getName() + "](#" + schema.getName().toLowerCase() + ")";
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
