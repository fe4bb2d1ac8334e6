package vn.phoihop.simulation;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What changed between two snapshots of a board (case id → state record), field by field, for failure messages. */
final class StateDiff {

    private static final int SHOWN = 160;

    private StateDiff() {
    }

    static String of(Object before, Object after) {
        if (!(before instanceof Map<?, ?> earlier) || !(after instanceof Map<?, ?> later)) {
            return Objects.equals(before, after) ? "" : shown(before) + " → " + shown(after);
        }
        List<String> changes = new ArrayList<>();
        Set<Object> ids = new HashSet<>(earlier.keySet());
        ids.addAll(later.keySet());
        for (Object id : ids) {
            String name = "case " + Labels.of((java.util.UUID) id);
            if (!earlier.containsKey(id) || !later.containsKey(id)) {
                changes.add(name + (earlier.containsKey(id) ? " disappeared" : " appeared"));
            }
            else {
                fields(name, earlier.get(id), later.get(id), 2, changes);
            }
        }
        return String.join("; ", changes);
    }

    private static void fields(String path, Object before, Object after, int depth, List<String> changes) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (depth == 0 || before == null || after == null || !before.getClass().isRecord()
                || before.getClass() != after.getClass()) {
            changes.add(path + ": " + shown(before) + " → " + shown(after));
            return;
        }
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            fields(path + "." + component.getName(), value(component, before), value(component, after), depth - 1,
                    changes);
        }
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        }
        catch (ReflectiveOperationException inaccessible) {
            return "?";
        }
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }

}
