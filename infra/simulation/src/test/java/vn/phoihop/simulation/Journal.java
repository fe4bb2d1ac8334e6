package vn.phoihop.simulation;

import java.util.ArrayList;
import java.util.List;

/** The history of a run, one line per step and per delivery, printed when an invariant breaks. */
final class Journal {

    private final List<String> lines = new ArrayList<>();

    void add(String line) {
        lines.add(line);
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }

}
