package vn.phoihop.audit.web.console;

import java.util.function.LongSupplier;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.audit.replay.HistoryUnreadable;
import vn.phoihop.audit.service.Auditor;
import vn.phoihop.audit.service.CaseQuery;
import vn.phoihop.audit.service.ReadModel;
import vn.phoihop.web.console.ConsoleController;

/** The verdict at a glance; an administrator may make the audit read the topics now or rebuild its copy. */
@ConsoleController
class OverviewController {

    // the overview names the first violating cases; the case list has them all
    private static final int VIOLATING_CASES_SHOWN = 20;

    private final Auditor auditor;

    private final ReadModel readModel;

    OverviewController(Auditor auditor, ReadModel readModel) {
        this.auditor = auditor;
        this.readModel = readModel;
    }

    @GetMapping("/")
    String overview(Model model) {
        model.addAttribute("verification", this.readModel.verification().orElse(null));
        model.addAttribute("violatingCases",
                this.readModel.verdicts(CaseQuery.byCleanliness(false), 0, VIOLATING_CASES_SHOWN));
        return "audit/overview";
    }

    @PostMapping("/ingestion")
    String ingest(RedirectAttributes redirect) {
        return backToOverview(redirect, "recordsAdded", this.auditor::ingest);
    }

    @PostMapping("/rebuild")
    String rebuild(RedirectAttributes redirect) {
        return backToOverview(redirect, "recordsRead", this.auditor::rebuild);
    }

    // the overview then says how many records were read, or why the topics could not be
    private static String backToOverview(RedirectAttributes redirect, String count, LongSupplier read) {
        try {
            redirect.addFlashAttribute(count, read.getAsLong());
        }
        catch (HistoryUnreadable ex) {
            redirect.addFlashAttribute("unreadable", ex.getMessage());
        }
        return "redirect:/";
    }
}
