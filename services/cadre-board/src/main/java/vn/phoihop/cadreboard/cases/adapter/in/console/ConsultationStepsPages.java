package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.cadreboard.cases.application.AmendCase;
import vn.phoihop.cadreboard.cases.application.AmendCaseHandler;
import vn.phoihop.cadreboard.cases.application.CaseQueries;
import vn.phoihop.cadreboard.cases.application.Dossiers;
import vn.phoihop.cadreboard.cases.application.SubmitCase;
import vn.phoihop.cadreboard.cases.application.SubmitCaseHandler;
import vn.phoihop.cadreboard.cases.application.SupplyInformation;
import vn.phoihop.cadreboard.cases.application.SupplyInformationHandler;
import vn.phoihop.cadreboard.cases.application.WithdrawCase;
import vn.phoihop.cadreboard.cases.application.WithdrawCaseHandler;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.DossierFile;
import vn.phoihop.cadreboard.cases.domain.Proposal;
import vn.phoihop.web.console.ConsoleController;

/** The case page's consultation steps: submit, amend, answer the executive board's questions, withdraw. */
@ConsoleController
class ConsultationStepsPages {

    private final SubmitCaseHandler submit;

    private final AmendCaseHandler amend;

    private final SupplyInformationHandler supply;

    private final WithdrawCaseHandler withdraw;

    private final Dossiers dossiers;

    private final CaseQueries queries;

    private final CaseSteps steps;

    ConsultationStepsPages(SubmitCaseHandler submit, AmendCaseHandler amend, SupplyInformationHandler supply,
            WithdrawCaseHandler withdraw, Dossiers dossiers, CaseQueries queries) {
        this.submit = submit;
        this.amend = amend;
        this.supply = supply;
        this.withdraw = withdraw;
        this.dossiers = dossiers;
        this.queries = queries;
        this.steps = new CaseSteps(queries);
    }

    @PostMapping("/cases/{caseId}/submission")
    ModelAndView submit(@PathVariable UUID caseId,
            @Valid @ModelAttribute("submissionForm") StepForms.Submission form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        return steps.run(id, errors, model, redirect, "done.submitted",
                () -> submit.handle(new SubmitCase(id, form.requestDate())));
    }

    @PostMapping("/cases/{caseId}/amendment")
    ModelAndView amend(@PathVariable UUID caseId, @Valid @ModelAttribute("amendmentForm") AmendmentForm form,
            BindingResult errors,
            @RequestParam(name = UploadedFiles.FIELD, required = false) List<MultipartFile> documents, Model model,
            RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        return steps.run(id, errors, model, redirect, "done.amended", () -> {
            List<DossierFile> files = UploadedFiles.pdfs(documents);
            Proposal amended = form.toProposal(List.of(), errors);
            if (amended != null) {
                Proposal current = queries.get(id).proposal();
                dossiers.file(files, added -> amend.handle(new AmendCase(id,
                        amended.withDossier(form.dossier(current, added)), form.reason(), form.requestDate())));
            }
        });
    }

    @PostMapping("/cases/{caseId}/information")
    ModelAndView supplyInformation(@PathVariable UUID caseId,
            @Valid @ModelAttribute("informationForm") StepForms.Information form, BindingResult errors,
            @RequestParam(name = UploadedFiles.FIELD, required = false) List<MultipartFile> documents, Model model,
            RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        return steps.run(id, errors, model, redirect, "done.informationSupplied",
                () -> dossiers.file(UploadedFiles.pdfs(documents),
                        added -> supply.handle(new SupplyInformation(id, form.answers(), added, form.suppliedOn()))));
    }

    @PostMapping("/cases/{caseId}/withdrawal")
    ModelAndView withdraw(@PathVariable UUID caseId,
            @Valid @ModelAttribute("withdrawalForm") StepForms.Withdrawal form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        return steps.run(id, errors, model, redirect, "done.withdrawn",
                () -> withdraw.handle(new WithdrawCase(id, form.reason())));
    }

}
