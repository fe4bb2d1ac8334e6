package vn.phoihop.audit.web.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.phoihop.audit.report.TermReport;

/**
 * The seed's table as horizontal bars on one scale, measured here so that the page draws the SVG with presentation
 * attributes only: the content security policy allows no style.
 *
 * @param width of the whole drawing, in SVG user units
 * @param labelWidth room left of the bars for their labels
 */
public record TermChart(List<Bar> bars, int width, int height, int labelWidth) {

    private static final int BAR_HEIGHT = 22;

    private static final int ROW = BAR_HEIGHT + 12;

    private static final int LABEL_WIDTH = 360;

    private static final int LONGEST_BAR = 300;

    // room right of the longest bar for its number
    private static final int NUMBER_WIDTH = 60;

    /** One bar: the message key of its label, its count, where it is drawn and how long. */
    public record Bar(String labelKey, long count, int y, int length) {

        /** Where the bar's label and number sit: on a line through the bar's middle. */
        public int baseline() {
            return this.y + BAR_HEIGHT / 2 + 5;
        }
    }

    static TermChart of(TermReport report) {
        List<Map.Entry<String, Long>> counts = List.of(Map.entry("audit.report.appointments", report.appointments()),
                Map.entry("audit.report.transferAndAppointments", report.transferAndAppointments()),
                Map.entry("audit.report.receptionAndAppointments", report.receptionAndAppointments()),
                Map.entry("audit.report.reappointmentsAndExtensions", report.reappointmentsAndExtensions()),
                Map.entry("audit.report.submittedUpward", report.totalSubmittedUpward()));
        long most = Math.max(1, counts.stream().mapToLong(Map.Entry::getValue).max().orElse(0));
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<String, Long> count : counts) {
            bars.add(new Bar(count.getKey(), count.getValue(), bars.size() * ROW,
                    (int) Math.round(LONGEST_BAR * count.getValue() / (double) most)));
        }
        return new TermChart(bars, LABEL_WIDTH + LONGEST_BAR + NUMBER_WIDTH, bars.size() * ROW, LABEL_WIDTH);
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }
}
