package vn.phoihop.cadreboard.cases.application;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.DecidingAuthority;

@Service
@Transactional(readOnly = true)
public class TermReports {

    private final ApprovedDecisions decisions;

    TermReports(ApprovedDecisions decisions) {
        this.decisions = decisions;
    }

    public TermReport of(LocalDate from, LocalDate to) {
        Map<ActionKind, Long> byBoard = new EnumMap<>(ActionKind.class);
        Map<ActionKind, Long> upward = new EnumMap<>(ActionKind.class);
        for (ApprovedDecisions.Count count : decisions.countEffectiveBetween(from, to)) {
            Map<ActionKind, Long> counts = count.authority() == DecidingAuthority.CADRE_BOARD ? byBoard : upward;
            counts.merge(count.kind(), count.count(), Long::sum);
        }
        return new TermReport(from, to, byBoard, upward, sum(byBoard), sum(upward), of(byBoard, ActionKind.APPOINTMENT),
                of(byBoard, ActionKind.TRANSFER_AND_APPOINTMENT), of(byBoard, ActionKind.RECEPTION_AND_APPOINTMENT),
                of(byBoard, ActionKind.REAPPOINTMENT) + of(byBoard, ActionKind.TENURE_EXTENSION));
    }

    private static long of(Map<ActionKind, Long> counts, ActionKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    private static long sum(Map<ActionKind, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

}
