package vn.phoihop.audit.web.console;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.phoihop.audit.report.TermReport;
import vn.phoihop.audit.report.TermReportRenderer;
import vn.phoihop.audit.service.Auditor;
import vn.phoihop.audit.web.TermReportDownload;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.web.console.ConsoleController;

/**
 * The term report as a page, a chart and downloads. The downloads are served here, on the console's session: the
 * API's variant takes HTTP Basic, which a signed-in browser does not send.
 */
@ConsoleController
class ReportController {

    private static final String PAGE = "/reports/term";

    private final Auditor auditor;

    private final TermForm demoTerm;

    ReportController(Auditor auditor, @Value("${phoihop.audit.console.term-from}") String termFrom,
            @Value("${phoihop.audit.console.term-to}") String termTo) {
        this.auditor = auditor;
        this.demoTerm = new TermForm(LocalDate.parse(termFrom), LocalDate.parse(termTo));
    }

    @GetMapping(PAGE)
    String report(@ModelAttribute("term") TermForm term, BindingResult errors, Model model) {
        if (term.isEmpty() && !errors.hasErrors()) {
            return "redirect:" + TermForm.link(PAGE, this.demoTerm.from(), this.demoTerm.to());
        }
        term.check(errors);
        model.addAttribute("kinds", List.of(ActionKind.values()));
        if (!errors.hasErrors()) {
            TermReport report = this.auditor.termReport(term.from(), term.to());
            model.addAttribute("report", report);
            model.addAttribute("chart", TermChart.of(report));
            model.addAttribute("csvLink", TermForm.link(PAGE + ".csv", term.from(), term.to()));
            model.addAttribute("pdfLink", TermForm.link(PAGE + ".pdf", term.from(), term.to()));
        }
        return "audit/report";
    }

    @GetMapping(PAGE + ".csv")
    ResponseEntity<byte[]> csv(@ModelAttribute("term") TermForm term, BindingResult errors) throws IOException {
        return download(term, errors, "csv");
    }

    @GetMapping(PAGE + ".pdf")
    ResponseEntity<byte[]> pdf(@ModelAttribute("term") TermForm term, BindingResult errors) throws IOException {
        return download(term, errors, "pdf");
    }

    // a download of a period the page would refuse goes to the page, which says what is wrong with it
    private ResponseEntity<byte[]> download(TermForm term, BindingResult errors, String format) throws IOException {
        TermForm period = term.isEmpty() && !errors.hasErrors() ? this.demoTerm : term;
        period.check(errors);
        if (errors.hasErrors()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION,
                        TermForm.link(PAGE, errors.getFieldValue("from"), errors.getFieldValue("to")))
                .build();
        }
        return TermReportDownload.of(this.auditor.termReport(period.from(), period.to()),
                TermReportRenderer.forFormat(format));
    }
}
