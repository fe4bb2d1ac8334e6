package vn.phoihop.audit.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A command line split into its verb, its positional words and its {@code --option value} pairs. */
final class Arguments {

    private final String verb;

    private final List<String> positional;

    private final Map<String, List<String>> options;

    private Arguments(String verb, List<String> positional, Map<String, List<String>> options) {
        this.verb = verb;
        this.positional = positional;
        this.options = options;
    }

    /** Parses {@code args}; an option outside {@code known} or without its value is refused with the reason. */
    static Arguments parse(String[] args, Set<String> known) {
        if (args.length == 0) {
            throw new UsageError("no command given");
        }
        List<String> positional = new ArrayList<>();
        Map<String, List<String>> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String word = args[i];
            if (!word.startsWith("--")) {
                positional.add(word);
                continue;
            }
            String name = word.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            else if (i + 1 < args.length) {
                value = args[++i];
            }
            else {
                throw new UsageError("--" + name + " needs a value");
            }
            if (!known.contains(name)) {
                throw new UsageError("unknown option --" + name);
            }
            options.computeIfAbsent(name, any -> new ArrayList<>()).add(value);
        }
        return new Arguments(args[0], List.copyOf(positional), options);
    }

    String verb() {
        return this.verb;
    }

    List<String> positional() {
        return this.positional;
    }

    Optional<String> option(String name) {
        List<String> values = this.options.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new UsageError("--" + name + " is given " + values.size() + " times");
        }
        return values.stream().findFirst();
    }

    String required(String name) {
        return option(name).orElseThrow(() -> new UsageError("--" + name + " is required"));
    }

    List<String> all(String name) {
        return this.options.getOrDefault(name, List.of());
    }
}
