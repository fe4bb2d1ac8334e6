package vn.phoihop.regulation.file;

import java.util.List;

/** A regulation or calendar file that does not pass the check; the message lists every problem with its path. */
public class InvalidRegulationFile extends RuntimeException {

    private final List<String> problems;

    InvalidRegulationFile(String source, List<String> problems) {
        super(source + " is not a valid regulation file:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

}
