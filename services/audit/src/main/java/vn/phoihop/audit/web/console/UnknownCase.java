package vn.phoihop.audit.web.console;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A case page for a case the history does not hold. Not a ResponseStatusException, which the API's Problem Details
 * advice would answer in JSON: this one reaches the console's error page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownCase extends RuntimeException {

    UnknownCase(String caseId) {
        super("the history holds no case " + caseId);
    }
}
