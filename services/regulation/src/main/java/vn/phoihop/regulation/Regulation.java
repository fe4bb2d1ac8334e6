package vn.phoihop.regulation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a coordination regulation. A case records the id and version it was opened under and keeps
 * those rules to the end, whatever versions come later.
 */
public record Regulation(RegulationKey key, String title, LocalDate effectiveFrom, WorkingDayCalendar calendar,
        Map<ActionKind, ActionRules> actions) {

    public Regulation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(calendar, "calendar");
        actions = Map.copyOf(new EnumMap<>(actions));
        for (ActionKind kind : ActionKind.values()) {
            if (!actions.containsKey(kind)) {
                throw new IllegalArgumentException(key + " has no rules for " + kind);
            }
        }
    }

    public String id() {
        return key.id();
    }

    public String version() {
        return key.version();
    }

    public ActionRules rulesFor(ActionKind kind) {
        return actions.get(Objects.requireNonNull(kind, "kind"));
    }

    /** The last day on which the executive board's answer to a request dated {@code requestDate} is on time. */
    public LocalDate responseDueDate(ActionKind kind, LocalDate requestDate) {
        return calendar.plusWorkingDays(requestDate, rulesFor(kind).consultation().responseWorkingDays());
    }

    @Override
    public String toString() {
        return key.toString();
    }

}
