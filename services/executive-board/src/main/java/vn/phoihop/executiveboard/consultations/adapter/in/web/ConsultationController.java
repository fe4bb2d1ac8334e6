package vn.phoihop.executiveboard.consultations.adapter.in.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.executiveboard.consultations.application.ConsultationQueries;
import vn.phoihop.executiveboard.consultations.application.IssueOpinionHandler;

@RestController
@RequestMapping("/api/consultations")
class ConsultationController {

    private final IssueOpinionHandler issueOpinion;

    private final ConsultationQueries queries;

    ConsultationController(IssueOpinionHandler issueOpinion, ConsultationQueries queries) {
        this.issueOpinion = issueOpinion;
        this.queries = queries;
    }

    @GetMapping
    List<ConsultationView> inbox() {
        return queries.inbox().stream().map(ConsultationView::of).toList();
    }

    @GetMapping("/{caseId}")
    ConsultationView get(@PathVariable UUID caseId) {
        return ConsultationView.of(queries.get(caseId));
    }

    @PostMapping("/{caseId}/opinion")
    ConsultationView issueOpinion(@PathVariable UUID caseId, @Valid @RequestBody OpinionRequest request) {
        return ConsultationView.of(issueOpinion.handle(request.toCommand(caseId)));
    }

}
