package vn.phoihop.messaging;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.web.Problems;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageParameters;

/**
 * The admin's dead-letter endpoints, the same at both boards; each board's security grants them to ADMIN. Public
 * so that a board's web slice test can import it.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
public class DeadLetterController {

    private final DeadLetterAdmin admin;

    DeadLetterController(DeadLetterAdmin admin) {
        this.admin = admin;
    }

    @GetMapping
    public Page<DeadLetter> list(@Valid PageParameters page) {
        return this.admin.list(page.request());
    }

    @PostMapping("/{partition}/{offset}/redrive")
    public Redrive redrive(@PathVariable int partition, @PathVariable long offset) {
        return this.admin.redrive(partition, offset);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(RedriveRefused refused) {
        HttpStatus status = switch (refused) {
            case RedriveRefused.NoSuchDeadLetter unknown -> HttpStatus.NOT_FOUND;
            case RedriveRefused.AlreadyRedriven done -> HttpStatus.CONFLICT;
            case RedriveRefused.RefusedAgain again -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        ProblemDetail problem = Problems.refused(status, refused.rule(), refused.getMessage());
        if (refused instanceof RedriveRefused.RefusedAgain again) {
            problem.setProperty("reason", again.reason());
        }
        return ResponseEntity.status(status).body(problem);
    }

}
