package vn.phoihop.executiveboard.consultations.adapter.in.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.executiveboard.consultations.application.ConsultationQueries;
import vn.phoihop.executiveboard.consultations.application.IssueOpinionHandler;
import vn.phoihop.executiveboard.consultations.application.RecordReviewHandler;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageParameters;

@RestController
// Accept is matched before the handler runs: a client that takes no JSON gets 406 with nothing done
@RequestMapping(path = "/api/consultations", produces = MediaType.APPLICATION_JSON_VALUE)
class ConsultationController {

    private final ConsultationQueries queries;

    private final RecordReviewHandler recordReview;

    private final IssueOpinionHandler issueOpinion;

    ConsultationController(ConsultationQueries queries, RecordReviewHandler recordReview,
            IssueOpinionHandler issueOpinion) {
        this.queries = queries;
        this.recordReview = recordReview;
        this.issueOpinion = issueOpinion;
    }

    /** Pending first, soonest due first: what the Standing Committee must handle next. */
    @GetMapping
    Page<ConsultationSummary> list(@Valid @ParameterObject ConsultationCriteria criteria,
            @Valid @ParameterObject PageParameters page) {
        LocalDate today = queries.today();
        return queries.list(criteria.filter(), page.request()).map(c -> ConsultationSummary.of(c, today));
    }

    @GetMapping("/{caseId}")
    ConsultationView get(@PathVariable UUID caseId) {
        return view(queries.get(caseId));
    }

    @PostMapping("/{caseId}/review")
    ConsultationView review(@PathVariable UUID caseId, @Valid @RequestBody ReviewRequest request,
            Principal user) {
        return view(recordReview.handle(request.toCommand(caseId, user.getName())));
    }

    @PostMapping("/{caseId}/opinion")
    ConsultationView issueOpinion(@PathVariable UUID caseId, @Valid @RequestBody OpinionRequest request) {
        return view(issueOpinion.handle(request.toCommand(caseId)));
    }

    private ConsultationView view(Consultation consultation) {
        return ConsultationView.of(consultation, queries.today());
    }

}
