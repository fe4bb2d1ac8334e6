package vn.phoihop.audit.report;

import java.time.LocalDate;
import java.util.Map;

import vn.phoihop.regulation.ActionKind;

/** The seed's table as a report, for the renderers. */
final class SeedTable {

    static final LocalDate FROM = LocalDate.of(2010, 10, 1);

    static final LocalDate TO = LocalDate.of(2015, 10, 31);

    private SeedTable() {
    }

    static TermReport report() {
        return new TermReport(FROM, TO,
                Map.of(ActionKind.APPOINTMENT, 88L, ActionKind.TRANSFER_AND_APPOINTMENT, 21L,
                        ActionKind.RECEPTION_AND_APPOINTMENT, 7L, ActionKind.REAPPOINTMENT, 66L,
                        ActionKind.TENURE_EXTENSION, 12L),
                Map.of(ActionKind.APPOINTMENT, 2L, ActionKind.REAPPOINTMENT, 4L), 194, 6, 88, 21, 7, 78, 0);
    }
}
