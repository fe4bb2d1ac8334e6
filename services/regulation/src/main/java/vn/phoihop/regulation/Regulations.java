package vn.phoihop.regulation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The regulation versions a board knows. */
public final class Regulations {

    private final String board;

    private final Map<RegulationKey, Regulation> byKey;

    public Regulations(String board, List<Regulation> regulations) {
        if (regulations.isEmpty()) {
            throw new IllegalArgumentException("a board needs at least one regulation");
        }
        this.board = board;
        this.byKey = regulations.stream()
            .collect(Collectors.toUnmodifiableMap(Regulation::key, Function.identity(), (a, b) -> {
                throw new IllegalArgumentException("regulation " + a.key() + " is given twice");
            }));
    }

    public Optional<Regulation> find(RegulationKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The regulation a case names; refuses, with what this board knows, when it names another. */
    public Regulation require(RegulationKey key) {
        return find(key).orElseThrow(() -> new UnknownRegulation(key, board, known()));
    }

    public Regulation require(String id, String version) {
        return require(new RegulationKey(id, version));
    }

    /** The newest version in force on {@code date}: what a case opened that day runs under. */
    public Regulation inForce(LocalDate date) {
        return byKey.values()
            .stream()
            .filter(regulation -> !regulation.effectiveFrom().isAfter(date))
            .max(Comparator.comparing(Regulation::effectiveFrom).thenComparing(r -> r.key().version()))
            .orElseThrow(() -> new IllegalStateException("No regulation known to the " + board + " is in force on "
                    + date + "; it knows " + known() + "."));
    }

    public List<RegulationKey> known() {
        return byKey.keySet()
            .stream()
            .sorted(Comparator.comparing(RegulationKey::id).thenComparing(RegulationKey::version))
            .toList();
    }

}
