package vn.phoihop.executiveboard.committee.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.executiveboard.committee.application.AssignUnitHandler;
import vn.phoihop.executiveboard.committee.application.RosterQueries;
import vn.phoihop.executiveboard.committee.domain.UnitAssignment;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageParameters;

@RestController
// Accept is matched before the handler runs: a client that takes no JSON gets 406 with nothing done
@RequestMapping(path = "/api/unit-assignments", produces = MediaType.APPLICATION_JSON_VALUE)
class UnitAssignmentController {

    private final RosterQueries queries;

    private final AssignUnitHandler assignUnit;

    UnitAssignmentController(RosterQueries queries, AssignUnitHandler assignUnit) {
        this.queries = queries;
        this.assignUnit = assignUnit;
    }

    @GetMapping
    Page<UnitAssignment> assignments(@Valid @ParameterObject PageParameters page) {
        return queries.assignments(page.request());
    }

    /** The member who follows the unit from now on; its consultations that wait for a member go to them. */
    @PutMapping("/{unitCode}")
    UnitAssignment assign(@PathVariable @Pattern(regexp = RosterIds.CODE, message = RosterIds.MESSAGE) String unitCode,
            @Valid @RequestBody UnitAssignmentRequest request) {
        return assignUnit.handle(request.toCommand(unitCode));
    }

}
