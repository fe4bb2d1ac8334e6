package vn.phoihop.audit.report;

import java.io.OutputStream;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The term report as JSON, in the shape of the cadre board's {@code GET /api/reports/term} (dates as ISO text,
 * counts per kind keyed by the kind's code) plus {@code decidedOfUnknownKind}, so the two can be compared field by
 * field.
 */
public final class TermReportJson implements TermReportRenderer {

    private final JsonMapper json = JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void write(TermReport report, OutputStream out) {
        this.json.writeValue(out, report);
    }
}
