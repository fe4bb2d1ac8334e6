package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.cadreboard.cases.application.Dossiers;
import vn.phoihop.cadreboard.cases.application.OpenCase;
import vn.phoihop.cadreboard.cases.application.OpenCaseHandler;
import vn.phoihop.cadreboard.cases.domain.DossierFile;
import vn.phoihop.cadreboard.cases.domain.KindFields;
import vn.phoihop.cadreboard.cases.domain.Proposal;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.web.console.ConsoleController;

/** Opening a case: the kind first, then a form with that kind's fields and the dossier's files. */
@ConsoleController
class NewCaseController {

    private static final String VIEW = "cadre/new-case";

    private final OpenCaseHandler open;

    private final Dossiers dossiers;

    NewCaseController(OpenCaseHandler open, Dossiers dossiers) {
        this.open = open;
        this.dossiers = dossiers;
    }

    @GetMapping("/cases/new")
    String form(@RequestParam(required = false) ActionKind kind, Model model) {
        if (kind != null) {
            model.addAttribute("proposalForm", ProposalForm.blank(kind));
        }
        return show(kind, model);
    }

    @PostMapping("/cases")
    ModelAndView open(@Valid @ModelAttribute("proposalForm") ProposalForm form, BindingResult errors,
            @RequestParam(name = UploadedFiles.FIELD, required = false) List<MultipartFile> documents, Model model,
            RedirectAttributes redirect) {
        return FormAttempt.run(errors, model, () -> {
            List<DossierFile> files = UploadedFiles.pdfs(documents);
            Proposal proposal = form.toProposal(List.of(), errors);
            return proposal == null ? null
                    : dossiers.file(files, dossier -> open.handle(new OpenCase(proposal.withDossier(dossier), null)))
                        .id()
                        .toString();
        })
            .map(caseId -> CasePageView.done(caseId, "done.opened", redirect))
            .orElseGet(() -> new ModelAndView(show(form.kind(), model), HttpStatus.UNPROCESSABLE_CONTENT));
    }

    private static String show(ActionKind kind, Model model) {
        model.addAttribute("kinds", ActionKind.values());
        if (kind != null) {
            model.addAttribute("kindFields", KindFields.of(kind));
        }
        return VIEW;
    }

}
