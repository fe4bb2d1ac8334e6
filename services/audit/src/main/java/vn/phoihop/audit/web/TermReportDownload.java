package vn.phoihop.audit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.phoihop.audit.report.TermReport;
import vn.phoihop.audit.report.TermReportRenderer;

/** A term report rendered whole, as the API and the console both serve it: inline, named after its term. */
public final class TermReportDownload {

    private TermReportDownload() {
    }

    public static ResponseEntity<byte[]> of(TermReport report, TermReportRenderer renderer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.write(report, out);
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(renderer.mediaType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"term-report-%s-%s.%s\""
                .formatted(report.from(), report.to(), renderer.fileExtension()))
            .body(out.toByteArray());
    }
}
