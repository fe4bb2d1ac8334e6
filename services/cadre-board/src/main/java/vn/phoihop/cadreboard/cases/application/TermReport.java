package vn.phoihop.cadreboard.cases.application;

import java.time.LocalDate;
import java.util.Map;

import vn.phoihop.regulation.ActionKind;

/**
 * The leadership cases of a term, as a ministry reports them: approved decisions taking effect in
 * {@code [from, to]}, by the cadre board and by a higher authority after an upward submission, with the
 * categories of the report (e.g. 88 appointments, 21 transfer-and-appointments, 7 reception-and-appointments,
 * 78 reappointments or extensions: 194 in all) and the upward submissions a higher authority approved (6).
 */
public record TermReport(LocalDate from, LocalDate to, Map<ActionKind, Long> decidedByCadreBoard,
        Map<ActionKind, Long> submittedUpward, long totalDecidedByCadreBoard, long totalSubmittedUpward, long appointments, long transferAndAppointments,
        long receptionAndAppointments, long reappointmentsAndExtensions) {
}
