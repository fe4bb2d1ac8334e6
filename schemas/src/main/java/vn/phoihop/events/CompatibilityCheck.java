package vn.phoihop.events;

import static org.apache.avro.SchemaCompatibility.checkReaderWriterCompatibility;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityResult;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * The rules for changing an event's schema. Topics keep history forever and auditors replay it, so the current schema
 * must be frozen as a kept version, must read every kept version and be readable by each of them (full
 * compatibility), and must keep every enum symbol a kept version could have written.
 */
final class CompatibilityCheck {

    private CompatibilityCheck() {
    }

    /** What is wrong with {@code current} given the kept versions of {@code event}, oldest first; empty if nothing. */
    static List<String> problems(String event, Schema current, List<KeptVersion> kept) {
        List<String> problems = new ArrayList<>();
        unfrozen(event, current, kept).ifPresent(problems::add);
        problems.addAll(incompatibilities(event, current, kept));
        return problems;
    }

    /** Asks for the next version file when the newest kept version is not exactly the current schema. */
    static Optional<String> unfrozen(String event, Schema current, List<KeptVersion> kept) {
        if (kept.isEmpty()) {
            return Optional.of(event + " has no kept version: freeze it as versions/" + KeptVersion.file(event, 1));
        }
        KeptVersion newest = kept.getLast();
        if (newest.schema().toString(true).equals(current.toString(true))) {
            return Optional.empty();
        }
        return Optional.of("schema of " + event + " changed: freeze it as versions/"
                + KeptVersion.file(event, newest.number() + 1));
    }

    /** Every way in which {@code current} and a kept version of {@code event} cannot read each other's data. */
    static List<String> incompatibilities(String event, Schema current, List<KeptVersion> kept) {
        List<String> problems = new ArrayList<>();
        for (KeptVersion version : kept) {
            incompatibility(checkReaderWriterCompatibility(current, version.schema()).getResult())
                    .ifPresent(why -> problems.add("current " + event + " cannot read " + version.label() + ": "
                            + why));
            incompatibility(checkReaderWriterCompatibility(version.schema(), current).getResult())
                    .ifPresent(why -> problems.add(version.label() + " cannot read the current " + event + ": " + why));
            droppedSymbols(version.schema(), current).forEach((name, symbols) -> problems.add("current " + event
                    + " drops " + name + " symbols " + symbols + " that " + version.label() + " wrote"));
        }
        return problems;
    }

    private static Optional<String> incompatibility(SchemaCompatibilityResult result) {
        if (result.getCompatibility() == SchemaCompatibilityType.COMPATIBLE) {
            return Optional.empty();
        }
        return Optional.of(result.getIncompatibilities().stream()
                .map(it -> it.getType() + " at " + it.getLocation() + " (" + it.getMessage() + ")")
                .collect(Collectors.joining("; ")));
    }

    // Avro lets a reader turn a symbol it lacks into the enum's default, which would replay history as UNKNOWN.
    private static Map<String, List<String>> droppedSymbols(Schema kept, Schema current) {
        Map<String, Schema> currentEnums = enumsIn(current);
        Map<String, List<String>> dropped = new LinkedHashMap<>();
        enumsIn(kept).forEach((name, keptEnum) -> {
            Schema currentEnum = currentEnums.get(name);
            if (currentEnum != null) {
                List<String> missing = keptEnum.getEnumSymbols().stream()
                        .filter(symbol -> !currentEnum.getEnumSymbols().contains(symbol))
                        .toList();
                if (!missing.isEmpty()) {
                    dropped.put(name, missing);
                }
            }
        });
        return dropped;
    }

    private static Map<String, Schema> enumsIn(Schema schema) {
        Map<String, Schema> enums = new LinkedHashMap<>();
        collectEnums(schema, enums, new HashSet<>());
        return enums;
    }

    private static void collectEnums(Schema schema, Map<String, Schema> enums, Set<String> visitedRecords) {
        switch (schema.getType()) {
            case ENUM -> enums.put(schema.getFullName(), schema);
            case RECORD -> {
                if (visitedRecords.add(schema.getFullName())) {
                    schema.getFields().forEach(field -> collectEnums(field.schema(), enums, visitedRecords));
                }
            }
            case UNION -> schema.getTypes().forEach(branch -> collectEnums(branch, enums, visitedRecords));
            case ARRAY -> collectEnums(schema.getElementType(), enums, visitedRecords);
            case MAP -> collectEnums(schema.getValueType(), enums, visitedRecords);
            default -> {
                // primitives and fixed hold no symbols
            }
        }
    }
}
