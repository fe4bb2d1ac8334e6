package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.phoihop.cadreboard.cases.application.CaseQueries;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.web.console.ConsoleController;

/** The open case page's live part: a stream saying the case changed, and its history and status to fetch again. */
@ConsoleController
class LiveCaseController {

    private final CaseUpdates updates;

    private final CaseQueries queries;

    LiveCaseController(CaseUpdates updates, CaseQueries queries) {
        this.updates = updates;
        this.queries = queries;
    }

    @GetMapping(path = "/cases/{caseId}/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter updates(@PathVariable UUID caseId) {
        return updates.open(new CaseId(caseId));
    }

    /** The history, with the status and the consultation swapped in beside it (htmx out-of-band). */
    @GetMapping("/cases/{caseId}/timeline")
    String timeline(@PathVariable UUID caseId, Model model) {
        CaseId id = new CaseId(caseId);
        model.addAttribute("personnelCase", queries.get(id));
        model.addAttribute("timeline", queries.timeline(id));
        return "cadre/timeline";
    }

}
