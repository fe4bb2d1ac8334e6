package vn.phoihop.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.Schema.Type;
import org.junit.jupiter.api.Test;

/** The build's check refuses what would strand history and accepts what keeps it readable. */
class CompatibilityCheckTest {

    private static final String EVENT = "ConsultationRequested";

    // a fixed history (v1 and v2, with v2 as the current schema), so the expectations hold whatever comes later
    private final List<KeptVersion> kept = SchemaHistory.fromClasspath().versionsOf(EVENT).subList(0, 2);

    private final Schema current = kept.get(1).schema();

    @Test
    void acceptsTheCurrentSchemaFrozenAsItsNewestVersion() {
        assertThat(CompatibilityCheck.problems(EVENT, current, kept)).isEmpty();
    }

    @Test
    void asksToFreezeAnEventThatHasNoKeptVersion() {
        assertThat(CompatibilityCheck.problems(EVENT, current, List.of()))
                .containsExactly("ConsultationRequested has no kept version: "
                        + "freeze it as versions/ConsultationRequested/v1.avsc");
    }

    @Test
    void asksToFreezeACompatibleChangeAsTheNextVersion() {
        Schema withUrgency = SchemaEdits.withFieldAdded(current,
                new Schema.Field("urgent", Schema.create(Type.BOOLEAN), "Whether the board asked for haste.", false));

        assertThat(CompatibilityCheck.problems(EVENT, withUrgency, kept))
                .containsExactly("schema of ConsultationRequested changed: "
                        + "freeze it as versions/ConsultationRequested/v3.avsc");
    }

    @Test
    void acceptsANewFieldWithADefaultOnceFrozen() {
        Schema withUrgency = SchemaEdits.withFieldAdded(current,
                new Schema.Field("urgent", Schema.create(Type.BOOLEAN), "Whether the board asked for haste.", false));
        List<KeptVersion> frozen = new ArrayList<>(kept);
        frozen.add(new KeptVersion(EVENT, kept.size() + 1, withUrgency));

        assertThat(CompatibilityCheck.problems(EVENT, withUrgency, frozen)).isEmpty();
    }

    @Test
    void refusesANewFieldWithoutADefault() {
        Schema withUrgency = SchemaEdits.withFieldAdded(current,
                new Schema.Field("urgent", Schema.create(Type.BOOLEAN), "Whether the board asked for haste."));

        assertThat(CompatibilityCheck.incompatibilities(EVENT, withUrgency, kept)).satisfiesExactly(
                problem -> assertThat(problem).startsWith("current ConsultationRequested cannot read "
                        + "ConsultationRequested v1: READER_FIELD_MISSING_DEFAULT_VALUE at /fields/17"),
                problem -> assertThat(problem).startsWith("current ConsultationRequested cannot read "
                        + "ConsultationRequested v2: READER_FIELD_MISSING_DEFAULT_VALUE at /fields/17"));
    }

    @Test
    void refusesARenamedField() {
        Schema renamed = SchemaEdits.withFieldReplaced(current, "rationale",
                new Schema.Field("reason", Schema.create(Type.STRING), "Why the cadre board proposes the action."));

        assertThat(CompatibilityCheck.incompatibilities(EVENT, renamed, kept))
                .anySatisfy(problem -> assertThat(problem)
                        .startsWith("current ConsultationRequested cannot read ConsultationRequested v1: ")
                        .contains("reason"))
                .anySatisfy(problem -> assertThat(problem)
                        .startsWith("ConsultationRequested v1 cannot read the current ConsultationRequested: ")
                        .contains("rationale"));
    }

    @Test
    void refusesAChangedFieldType() {
        Schema retyped = SchemaEdits.withFieldReplaced(current, "termYears", new Schema.Field("termYears",
                Schema.createUnion(Schema.create(Type.NULL), Schema.create(Type.STRING)), "Term of office.", null));

        assertThat(CompatibilityCheck.incompatibilities(EVENT, retyped, kept)).containsExactly(
                "current ConsultationRequested cannot read ConsultationRequested v1: "
                        + "MISSING_UNION_BRANCH at /fields/8/type/1 (reader union lacking writer type: INT)",
                "ConsultationRequested v1 cannot read the current ConsultationRequested: "
                        + "MISSING_UNION_BRANCH at /fields/8/type/1 (reader union lacking writer type: STRING)",
                "current ConsultationRequested cannot read ConsultationRequested v2: "
                        + "MISSING_UNION_BRANCH at /fields/8/type/1 (reader union lacking writer type: INT)",
                "ConsultationRequested v2 cannot read the current ConsultationRequested: "
                        + "MISSING_UNION_BRANCH at /fields/8/type/1 (reader union lacking writer type: STRING)");
    }

    @Test
    void refusesARemovedEnumSymbolThoughAvroWouldReadItAsUnknown() {
        Schema kinds = current.getField("actionKind").schema();
        Schema withoutRotation = Schema.createEnum(kinds.getName(), kinds.getDoc(), kinds.getNamespace(),
                kinds.getEnumSymbols().stream().filter(symbol -> !symbol.equals("ROTATION")).toList(), "UNKNOWN");
        Schema narrowed = SchemaEdits.withFieldReplaced(current, "actionKind",
                new Schema.Field("actionKind", withoutRotation, "Kind of personnel action proposed."));

        assertThat(CompatibilityCheck.incompatibilities(EVENT, narrowed, kept)).containsExactly(
                "current ConsultationRequested drops vn.phoihop.events.ActionKind symbols [ROTATION] "
                        + "that ConsultationRequested v1 wrote",
                "current ConsultationRequested drops vn.phoihop.events.ActionKind symbols [ROTATION] "
                        + "that ConsultationRequested v2 wrote");
    }
}
