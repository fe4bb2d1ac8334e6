package vn.phoihop.audit.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.events.DecidingAuthority;
import vn.phoihop.regulation.ActionKind;

/**
 * The leadership cases of a term, counted from the boards' events alone under the cadre board's own rules for its
 * report ({@code GET /api/reports/term}), so that the two can be held against each other: a case counts once, by
 * its approved decision taking effect in {@code [from, to]}, both days included; a rejected, withdrawn or still
 * undecided case, and an upward submission the higher authority has not approved, count nowhere. The seed's table
 * is the four categories of the cadre board's own decisions (88 appointments, 21 transfer-and-appointments, 7
 * reception-and-appointments, 78 reappointments or extensions: 194) and the approved submissions upward (2 + 4).
 *
 * @param decidedByCadreBoard approved decisions of the cadre board, per action kind
 * @param submittedUpward approved decisions of a higher authority after an upward submission, per action kind
 * @param decidedOfUnknownKind approved decisions in the term that the tables cannot place because no event names
 *        their kind (nor, from a newer board, their authority); counted in no total, shown so none goes unseen
 */
public record TermReport(LocalDate from, LocalDate to, Map<ActionKind, Long> decidedByCadreBoard,
        Map<ActionKind, Long> submittedUpward, long totalDecidedByCadreBoard, long totalSubmittedUpward,
        long appointments, long transferAndAppointments, long receptionAndAppointments,
        long reappointmentsAndExtensions, long decidedOfUnknownKind) {

    public TermReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("a term from " + from + " to " + to + " ends before it begins");
        }
        decidedByCadreBoard = inKindOrder(decidedByCadreBoard);
        submittedUpward = inKindOrder(submittedUpward);
    }

    public static TermReport of(Collection<CaseHistory> cases, LocalDate from, LocalDate to) {
        Map<ActionKind, Long> byBoard = new EnumMap<>(ActionKind.class);
        Map<ActionKind, Long> upward = new EnumMap<>(ActionKind.class);
        long unknown = 0;
        for (CaseHistory history : cases) {
            Optional<CountedDecision> counted = CountedDecision.of(history)
                .filter(decision -> decision.effectiveWithin(from, to));
            if (counted.isEmpty()) {
                continue;
            }
            CountedDecision decision = counted.get();
            if (decision.kind().isEmpty() || decision.authority() == DecidingAuthority.UNKNOWN) {
                unknown++;
                continue;
            }
            Map<ActionKind, Long> counts = decision.authority() == DecidingAuthority.CADRE_BOARD ? byBoard : upward;
            counts.merge(decision.kind().get(), 1L, Long::sum);
        }
        return new TermReport(from, to, byBoard, upward, sum(byBoard), sum(upward),
                count(byBoard, ActionKind.APPOINTMENT), count(byBoard, ActionKind.TRANSFER_AND_APPOINTMENT),
                count(byBoard, ActionKind.RECEPTION_AND_APPOINTMENT),
                count(byBoard, ActionKind.REAPPOINTMENT) + count(byBoard, ActionKind.TENURE_EXTENSION), unknown);
    }

    /** The cadre board's approved decisions of one kind, zero for a kind it did not decide in the term. */
    public long decidedByCadreBoard(ActionKind kind) {
        return count(this.decidedByCadreBoard, kind);
    }

    /** A higher authority's approved decisions of one kind after the cadre board submitted them. */
    public long submittedUpward(ActionKind kind) {
        return count(this.submittedUpward, kind);
    }

    private static long count(Map<ActionKind, Long> counts, ActionKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    private static long sum(Map<ActionKind, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    // the kinds in the regulation's order, whatever map the caller built, so every rendering lists them alike
    private static Map<ActionKind, Long> inKindOrder(Map<ActionKind, Long> counts) {
        return counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
    }
}
