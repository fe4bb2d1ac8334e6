package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.cadreboard.cases.application.AmendCase;
import vn.phoihop.cadreboard.cases.application.AmendCaseHandler;
import vn.phoihop.cadreboard.cases.application.SubmitCase;
import vn.phoihop.cadreboard.cases.application.SubmitCaseHandler;
import vn.phoihop.cadreboard.cases.application.SupplyInformation;
import vn.phoihop.cadreboard.cases.application.SupplyInformationHandler;
import vn.phoihop.cadreboard.cases.application.WithdrawCase;
import vn.phoihop.cadreboard.cases.application.WithdrawCaseHandler;
import vn.phoihop.cadreboard.cases.domain.CaseId;

/** The secretariat's steps of the consultation: submit, amend, answer a request for information, withdraw. */
@RestController
// Accept is matched before the handler runs: a client that takes no JSON gets 406 with nothing done
@RequestMapping(path = "/api/cases/{caseId}", produces = MediaType.APPLICATION_JSON_VALUE)
class ConsultationStepsController {

    private final SubmitCaseHandler submit;

    private final AmendCaseHandler amend;

    private final SupplyInformationHandler supply;

    private final WithdrawCaseHandler withdraw;

    ConsultationStepsController(SubmitCaseHandler submit, AmendCaseHandler amend, SupplyInformationHandler supply,
            WithdrawCaseHandler withdraw) {
        this.submit = submit;
        this.amend = amend;
        this.supply = supply;
        this.withdraw = withdraw;
    }

    @PostMapping("/submission")
    CaseView submit(@PathVariable UUID caseId, @Valid @RequestBody(required = false) SubmissionRequest request) {
        SubmitCase command = new SubmitCase(new CaseId(caseId), request == null ? null : request.requestDate());
        return CaseView.of(submit.handle(command));
    }

    @PostMapping("/amendment")
    CaseView amend(@PathVariable UUID caseId, @Valid @RequestBody AmendmentRequest request) {
        return CaseView.of(amend.handle(new AmendCase(new CaseId(caseId), request.toProposal(), request.reason(),
                request.requestDate())));
    }

    @PostMapping("/information")
    CaseView supplyInformation(@PathVariable UUID caseId, @Valid @RequestBody InformationRequest request) {
        return CaseView.of(supply.handle(new SupplyInformation(new CaseId(caseId), request.answers(),
                ProposalBody.DocumentBody.toDocuments(request.dossier()), request.suppliedOn())));
    }

    @PostMapping("/withdrawal")
    CaseView withdraw(@PathVariable UUID caseId, @Valid @RequestBody WithdrawalRequest request) {
        return CaseView.of(withdraw.handle(new WithdrawCase(new CaseId(caseId), request.reason())));
    }

}
