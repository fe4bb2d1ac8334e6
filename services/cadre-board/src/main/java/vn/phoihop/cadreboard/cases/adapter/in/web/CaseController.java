package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.cadreboard.cases.application.CaseQueries;
import vn.phoihop.cadreboard.cases.application.DecideCase;
import vn.phoihop.cadreboard.cases.application.DecideCaseHandler;
import vn.phoihop.cadreboard.cases.application.OpenCase;
import vn.phoihop.cadreboard.cases.application.OpenCaseHandler;
import vn.phoihop.cadreboard.cases.application.SubmitCase;
import vn.phoihop.cadreboard.cases.application.SubmitCaseHandler;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final OpenCaseHandler open;

    private final SubmitCaseHandler submit;

    private final DecideCaseHandler decide;

    private final CaseQueries queries;

    CaseController(OpenCaseHandler open, SubmitCaseHandler submit, DecideCaseHandler decide, CaseQueries queries) {
        this.open = open;
        this.submit = submit;
        this.decide = decide;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<CaseView> open(@Valid @RequestBody OpenCaseRequest request) {
        PersonnelCase opened = open.handle(new OpenCase(request.toProposal()));
        return ResponseEntity.created(URI.create("/api/cases/" + opened.id())).body(CaseView.of(opened));
    }

    @GetMapping
    List<CaseView> recent() {
        return queries.recent().stream().map(CaseView::of).toList();
    }

    @GetMapping("/{caseId}")
    CaseView get(@PathVariable UUID caseId) {
        return CaseView.of(queries.get(new CaseId(caseId)));
    }

    @PostMapping("/{caseId}/submission")
    CaseView submit(@PathVariable UUID caseId) {
        return CaseView.of(submit.handle(new SubmitCase(new CaseId(caseId))));
    }

    @PostMapping("/{caseId}/decision")
    CaseView decide(@PathVariable UUID caseId, @Valid @RequestBody DecisionRequest request) {
        return CaseView.of(decide.handle(new DecideCase(new CaseId(caseId), request.toCommand())));
    }

}
