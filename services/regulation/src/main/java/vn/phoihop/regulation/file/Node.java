package vn.phoihop.regulation.file;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A value of a parsed YAML file with its path, reading typed values and noting what is wrong instead of
 * stopping at the first problem.
 */
final class Node {

    private final String path;

    private final Object value;

    private final List<String> problems;

    private Node(String path, Object value, List<String> problems) {
        this.path = path;
        this.value = value;
        this.problems = problems;
    }

    static Node root(Object value, List<String> problems) {
        return new Node("", value, problems);
    }

    boolean present() {
        return value != null;
    }

    Node get(String key) {
        String child = path.isEmpty() ? key : path + "." + key;
        if (value instanceof Map<?, ?> map) {
            // YAML keys may be numbers (years) as well as text
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (String.valueOf(entry.getKey()).equals(key)) {
                    return new Node(child, entry.getValue(), problems);
                }
            }
        }
        return new Node(child, null, problems);
    }

    /** Notes a problem when the key is absent; the returned node then reads as absent. */
    Node require(String key) {
        Node child = get(key);
        if (!child.present()) {
            problem(child.path, "is required");
        }
        return child;
    }

    Map<String, Node> entries() {
        if (!(value instanceof Map<?, ?> map)) {
            if (present()) {
                problem(path, "must be a map");
            }
            return Map.of();
        }
        Map<String, Node> entries = new java.util.LinkedHashMap<>();
        map.forEach((key, child) -> entries.put(String.valueOf(key), get(String.valueOf(key))));
        return entries;
    }

    List<Node> items() {
        if (!(value instanceof List<?> list)) {
            if (present()) {
                problem(path, "must be a list");
            }
            return List.of();
        }
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            items.add(new Node(path + "[" + i + "]", list.get(i), problems));
        }
        return items;
    }

    Optional<String> text() {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            problem(path, "must be a single value");
            return Optional.empty();
        }
        String text = String.valueOf(value).trim();
        if (text.isEmpty()) {
            problem(path, "must not be empty");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    Optional<Integer> positiveInt() {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Integer number && number > 0) {
            return Optional.of(number);
        }
        problem(path, "'" + value + "' is not a positive whole number");
        return Optional.empty();
    }

    Optional<Boolean> bool() {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean flag) {
            return Optional.of(flag);
        }
        problem(path, "'" + value + "' is not true or false");
        return Optional.empty();
    }

    Optional<LocalDate> date() {
        if (value instanceof Date date) {
            return Optional.of(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        }
        if (value != null) {
            problem(path, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
        return Optional.empty();
    }

    <E extends Enum<E>> Optional<E> enumValue(Class<E> type) {
        return text().flatMap(text -> enumNamed(type, text, path));
    }

    <E extends Enum<E>> Optional<E> keyAs(Class<E> type, String key) {
        return enumNamed(type, key, path);
    }

    private <E extends Enum<E>> Optional<E> enumNamed(Class<E> type, String name, String where) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        }
        catch (IllegalArgumentException unknown) {
            problem(where, "'" + name + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return Optional.empty();
        }
    }

    <T> Optional<T> parsed(Function<String, T> parser, String expected) {
        return text().flatMap(text -> {
            try {
                return Optional.of(parser.apply(text));
            }
            catch (RuntimeException wrong) {
                problem(path, "'" + text + "' is not " + expected);
                return Optional.empty();
            }
        });
    }

    void onlyKeys(Set<String> allowed) {
        entries().keySet().stream().filter(key -> !allowed.contains(key)).forEach(key -> problem(
                path.isEmpty() ? key : path + "." + key, "is not a known setting (known: " + allowed + ")"));
    }

    void problem(String where, String what) {
        problems.add((where.isEmpty() ? "(top level)" : where) + ": " + what);
    }

    String path() {
        return path;
    }

}
