package vn.phoihop.regulation.spring;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.ActionRules;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.Regulations;

/**
 * The regulation versions a board knows, with what each says per action kind: the same answer from both boards,
 * so anyone can see whether they run the same rules.
 */
@RestController
class RegulationEndpoint {

    private final Regulations regulations;

    RegulationEndpoint(Regulations regulations) {
        this.regulations = regulations;
    }

    @GetMapping("/api/regulations")
    List<RegulationView> list() {
        return regulations.known().stream().map(regulations::require).map(RegulationView::of).toList();
    }

    /** @param calendar the name of the working-day calendar its deadlines are counted on */
    record RegulationView(String id, String version, String title, LocalDate effectiveFrom, String calendar,
            Map<ActionKind, ActionRules> actions) {

        static RegulationView of(Regulation regulation) {
            return new RegulationView(regulation.id(), regulation.version(), regulation.title(),
                    regulation.effectiveFrom(), regulation.calendar().name(), new EnumMap<>(regulation.actions()));
        }

    }

}
