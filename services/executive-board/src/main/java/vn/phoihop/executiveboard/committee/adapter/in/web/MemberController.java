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

import vn.phoihop.executiveboard.committee.application.RosterQueries;
import vn.phoihop.executiveboard.committee.application.SaveMemberHandler;
import vn.phoihop.executiveboard.committee.domain.Member;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageParameters;

@RestController
// Accept is matched before the handler runs: a client that takes no JSON gets 406 with nothing done
@RequestMapping(path = "/api/members", produces = MediaType.APPLICATION_JSON_VALUE)
class MemberController {

    private final RosterQueries queries;

    private final SaveMemberHandler saveMember;

    MemberController(RosterQueries queries, SaveMemberHandler saveMember) {
        this.queries = queries;
        this.saveMember = saveMember;
    }

    @GetMapping
    Page<Member> members(@Valid @ParameterObject PageParameters page) {
        return queries.members(page.request());
    }

    /** Adds the member, or replaces what is known of them. */
    @PutMapping("/{memberId}")
    Member save(@PathVariable @Pattern(regexp = RosterIds.CODE, message = RosterIds.MESSAGE) String memberId,
            @Valid @RequestBody MemberRequest request) {
        return saveMember.handle(request.toCommand(memberId));
    }

}
