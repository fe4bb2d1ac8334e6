package vn.phoihop.executiveboard.consultations.adapter.in.console;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.phoihop.web.console.ConsoleController;

/** One consultation: the proposal and its dossier, the review, the opinion, what happened and who acted. */
@ConsoleController
class ConsultationPageController {

    private final ConsultationPage page;

    ConsultationPageController(ConsultationPage page) {
        this.page = page;
    }

    @GetMapping("/consultations/{caseId}")
    String consultation(@PathVariable UUID caseId, Authentication user, Model model) {
        return page.show(caseId, user, model);
    }

}
