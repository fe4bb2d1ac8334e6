package vn.phoihop.audit.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.audit.pointintime.CaseAsOf;
import vn.phoihop.audit.report.TermReportRenderer;
import vn.phoihop.audit.service.Auditor;
import vn.phoihop.audit.service.CaseQuery;
import vn.phoihop.audit.service.ReadModel;
import vn.phoihop.audit.verification.TermSummary;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageParameters;
import vn.phoihop.web.paging.PageRequest;

/** The auditors' API: verdicts, a case at any instant, the term's report and summary. It never writes to a board. */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

    private static final String CASE_ID = "[0-9a-fA-F-]{36}";

    private final Auditor auditor;

    private final ReadModel readModel;

    public AuditController(Auditor auditor, ReadModel readModel) {
        this.auditor = auditor;
        this.readModel = readModel;
    }

    @GetMapping("/verification")
    public JsonNode verification() {
        return this.readModel.overview()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "the history has not been judged yet"));
    }

    @GetMapping("/cases")
    public Page<JsonNode> cases(@RequestParam(required = false) Boolean clean, @Valid PageParameters paging) {
        PageRequest request = paging.request();
        CaseQuery query = CaseQuery.byCleanliness(clean);
        return Page.of(this.readModel.cases(query, request.page(), request.size()), request,
                this.readModel.countCases(query));
    }

    @GetMapping("/cases/{caseId}")
    public JsonNode caseVerdict(@PathVariable @Pattern(regexp = CASE_ID, message = "must be a case id (UUID)") String caseId) {
        return this.readModel.caseVerdict(caseId).orElseThrow(() -> unknown(caseId));
    }

    @GetMapping("/cases/{caseId}/as-of")
    public CaseAsOf caseAsOf(@PathVariable @Pattern(regexp = CASE_ID, message = "must be a case id (UUID)") String caseId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        CaseHistory history = this.auditor.historyOf(caseId);
        if (history.events().isEmpty()) {
            throw unknown(caseId);
        }
        return CaseAsOf.of(history, at);
    }

    @GetMapping("/reports/term")
    public ResponseEntity<byte[]> termReport(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "json") @Pattern(regexp = "json|csv|pdf", message = "must be json, csv or pdf")
            String format) throws IOException {
        requireOrder(from, to);
        return TermReportDownload.of(this.auditor.termReport(from, to), TermReportRenderer.forFormat(format));
    }

    @GetMapping("/reports/summary")
    public TermSummary termSummary(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        requireOrder(from, to);
        return TermSummary.of(this.auditor.replay(any -> false).cases(), from, to);
    }

    @PostMapping("/ingestion")
    public Map<String, Long> ingest() {
        return Map.of("recordsAdded", this.auditor.ingest());
    }

    @PostMapping("/rebuild")
    public Map<String, Long> rebuild() {
        return Map.of("recordsRead", this.auditor.rebuild());
    }

    private static void requireOrder(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "to " + to + " is before from " + from);
        }
    }

    private static ResponseStatusException unknown(String caseId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "the history holds no case " + caseId);
    }
}
