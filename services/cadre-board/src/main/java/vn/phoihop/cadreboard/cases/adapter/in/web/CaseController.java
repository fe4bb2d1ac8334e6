package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.cadreboard.cases.application.CasePage;
import vn.phoihop.cadreboard.cases.application.CaseQueries;
import vn.phoihop.cadreboard.cases.application.OpenCase;
import vn.phoihop.cadreboard.cases.application.OpenCaseHandler;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageRequest;

/** Opening cases and reading them. */
@RestController
// Accept is matched before the handler runs: a client that takes no JSON gets 406 with nothing done
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseController {

    private final OpenCaseHandler open;

    private final CaseQueries queries;

    CaseController(OpenCaseHandler open, CaseQueries queries) {
        this.open = open;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<CaseView> open(@Valid @RequestBody OpenCaseRequest request) {
        PersonnelCase opened = open.handle(new OpenCase(request.toProposal(), request.regulation()));
        return ResponseEntity.created(URI.create("/api/cases/" + opened.id())).body(CaseView.of(opened));
    }

    @GetMapping
    Page<CaseView> list(@ParameterObject @Valid CaseListQuery query) {
        int page = query.pageOrFirst();
        int size = query.sizeOrDefault();
        CasePage found = queries.search(query.filter(), page, size);
        return Page.of(found.items().stream().map(CaseView::of).toList(), new PageRequest(page, size), found.totalItems());
    }

    @GetMapping("/{caseId}")
    CaseView get(@PathVariable UUID caseId) {
        return CaseView.of(queries.get(new CaseId(caseId)));
    }

}
