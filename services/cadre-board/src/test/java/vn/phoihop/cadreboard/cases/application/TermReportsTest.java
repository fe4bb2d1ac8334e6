package vn.phoihop.cadreboard.cases.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.DecidingAuthority;

/** The 2010–2015 term of the brief: 194 cases decided by the board, 6 higher up. */
class TermReportsTest {

    private static final LocalDate FROM = LocalDate.of(2010, 1, 1);

    private static final LocalDate TO = LocalDate.of(2015, 12, 31);

    @Test
    void countsTheReportsCategoriesOverTheBoardsOwnDecisions() {
        TermReport report = new TermReports((from, to) -> List.of(
                count(ActionKind.APPOINTMENT, DecidingAuthority.CADRE_BOARD, 88),
                count(ActionKind.TRANSFER_AND_APPOINTMENT, DecidingAuthority.CADRE_BOARD, 21),
                count(ActionKind.RECEPTION_AND_APPOINTMENT, DecidingAuthority.CADRE_BOARD, 7),
                count(ActionKind.REAPPOINTMENT, DecidingAuthority.CADRE_BOARD, 70),
                count(ActionKind.TENURE_EXTENSION, DecidingAuthority.CADRE_BOARD, 8),
                count(ActionKind.APPOINTMENT, DecidingAuthority.HIGHER_AUTHORITY, 2),
                count(ActionKind.REAPPOINTMENT, DecidingAuthority.HIGHER_AUTHORITY, 4)))
            .of(FROM, TO);

        assertThat(report.appointments()).isEqualTo(88);
        assertThat(report.transferAndAppointments()).isEqualTo(21);
        assertThat(report.receptionAndAppointments()).isEqualTo(7);
        assertThat(report.reappointmentsAndExtensions()).isEqualTo(78);
        assertThat(report.decidedByCadreBoard()).containsEntry(ActionKind.APPOINTMENT, 88L).hasSize(5);
        assertThat(report.submittedUpward()).containsEntry(ActionKind.APPOINTMENT, 2L)
            .containsEntry(ActionKind.REAPPOINTMENT, 4L);
        assertThat(report.totalDecidedByCadreBoard()).isEqualTo(194);
        assertThat(report.totalSubmittedUpward()).isEqualTo(6);
    }

    @Test
    void aTermWithoutDecisionsCountsZero() {
        TermReport report = new TermReports((from, to) -> List.of()).of(FROM, TO);

        assertThat(report.totalDecidedByCadreBoard()).isZero();
        assertThat(report.totalSubmittedUpward()).isZero();
        assertThat(report.decidedByCadreBoard()).isEmpty();
    }

    private static ApprovedDecisions.Count count(ActionKind kind, DecidingAuthority authority, long count) {
        return new ApprovedDecisions.Count(kind, authority, count);
    }

}
