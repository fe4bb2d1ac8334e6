package vn.phoihop.cadreboard.cases.adapter.in.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.cadreboard.cases.application.DeadlineCheck;

/** Runs the deadline check now rather than at its next scheduled time, e.g. after restoring a backup. */
@RestController
// Accept is matched before the handler runs: a client that takes no JSON gets 406 with nothing done
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class DeadlineController {

    private final DeadlineCheck check;

    DeadlineController(DeadlineCheck check) {
        this.check = check;
    }

    @PostMapping("/api/deadlines/check")
    CheckResult check() {
        return new CheckResult(check.run());
    }

    /** @param becameOverdue how many cases this check found overdue */
    record CheckResult(int becameOverdue) {
    }

}
