package vn.phoihop.audit.web.console;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.audit.pointintime.CaseAsOf;
import vn.phoihop.audit.service.Auditor;
import vn.phoihop.audit.service.ReadModel;
import vn.phoihop.audit.verification.CaseVerdict;
import vn.phoihop.web.console.ConsoleController;

/** One case: both boards' events side by side, the verdict, and the case as it stood at a chosen instant. */
@ConsoleController
class CaseController {

    private static final Pattern CASE_ID = Pattern.compile("[0-9a-fA-F-]{36}");

    private final Auditor auditor;

    private final ReadModel readModel;

    private final Clock clock;

    CaseController(Auditor auditor, ReadModel readModel, Clock clock) {
        this.auditor = auditor;
        this.readModel = readModel;
        this.clock = clock;
    }

    @GetMapping("/cases/{caseId}")
    String caseView(@PathVariable String caseId, @ModelAttribute("asOfForm") AsOfForm form, BindingResult errors,
            Model model) {
        if (!CASE_ID.matcher(caseId).matches()) {
            throw unknown(caseId);
        }
        Optional<CaseVerdict> verdict = this.readModel.verdictOf(caseId);
        CaseHistory history = this.auditor.historyOf(caseId);
        if (verdict.isEmpty() && history.events().isEmpty()) {
            throw unknown(caseId);
        }
        model.addAttribute("caseId", caseId);
        model.addAttribute("verdict", verdict.orElse(null));
        model.addAttribute("timeline", CaseTimeline.of(history));
        if (!errors.hasErrors() && form.asOf() != null) {
            model.addAttribute("asOf", CaseAsOf.of(history, form.instantIn(this.clock.getZone())));
        }
        return "audit/case";
    }

    /** The console's error page, 404: the API's Problem Details advice answers only the API's controllers. */
    private static ResponseStatusException unknown(String caseId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "the history holds no case " + caseId);
    }

}
