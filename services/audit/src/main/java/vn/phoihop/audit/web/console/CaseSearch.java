package vn.phoihop.audit.web.console;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

import vn.phoihop.audit.service.CaseQuery;
import vn.phoihop.audit.verification.CaseStatus;
import vn.phoihop.events.ActionKind;

/**
 * The case list's search form, as its query parameters bind to it.
 *
 * @param clean true: clean cases only; false: cases with violations only; null: all
 * @param page counting from 0
 */
public record CaseSearch(String caseId, String subject, ActionKind kind, CaseStatus status, Boolean clean, Integer page) {

    public CaseQuery query() {
        return new CaseQuery(this.caseId, this.subject, this.kind, this.status, this.clean);
    }

    public int pageNumber() {
        return this.page == null ? 0 : Math.max(0, this.page);
    }

    /** The list with the same criteria on another page. */
    public String linkTo(int otherPage) {
        return UriComponentsBuilder.fromPath("/cases")
            .queryParamIfPresent("caseId", present(this.caseId))
            .queryParamIfPresent("subject", present(this.subject))
            .queryParamIfPresent("kind", Optional.ofNullable(this.kind))
            .queryParamIfPresent("status", Optional.ofNullable(this.status))
            .queryParamIfPresent("clean", Optional.ofNullable(this.clean))
            .queryParam("page", otherPage)
            .encode()
            .toUriString();
    }

    private static Optional<String> present(String text) {
        return Optional.ofNullable(text).filter(value -> !value.isBlank());
    }
}
