package vn.phoihop.executiveboard.regulations.adapter.in.web;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.executiveboard.paging.Page;
import vn.phoihop.executiveboard.paging.PageParameters;
import vn.phoihop.regulation.Regulations;

/** The regulation versions this board runs consultations under; any other version is refused. */
@RestController
class RegulationController {

    private final Regulations regulations;

    RegulationController(Regulations regulations) {
        this.regulations = regulations;
    }

    @GetMapping("/api/regulations")
    Page<RegulationView> regulations(@Valid @ParameterObject PageParameters page) {
        return Page.slice(regulations.known().stream().map(regulations::require).map(RegulationView::of).toList(),
                page.request());
    }

}
