package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.cadreboard.cases.application.DecideCase;
import vn.phoihop.cadreboard.cases.application.DecideCaseHandler;
import vn.phoihop.cadreboard.cases.application.RecordDecisionMeeting;
import vn.phoihop.cadreboard.cases.application.RecordDecisionMeetingHandler;
import vn.phoihop.cadreboard.cases.application.RecordHigherDecision;
import vn.phoihop.cadreboard.cases.application.RecordHigherDecisionHandler;
import vn.phoihop.cadreboard.cases.application.SubmitCaseUpward;
import vn.phoihop.cadreboard.cases.application.SubmitCaseUpwardHandler;
import vn.phoihop.cadreboard.cases.domain.CaseId;

/** The board's steps once it may decide: its meeting, its decision, or the submission upward and its outcome. */
@RestController
// Accept is matched before the handler runs: a client that takes no JSON gets 406 with nothing done
@RequestMapping(path = "/api/cases/{caseId}", produces = MediaType.APPLICATION_JSON_VALUE)
class DecisionStepsController {

    private final RecordDecisionMeetingHandler meeting;

    private final DecideCaseHandler decide;

    private final SubmitCaseUpwardHandler submitUpward;

    private final RecordHigherDecisionHandler higherDecision;

    DecisionStepsController(RecordDecisionMeetingHandler meeting, DecideCaseHandler decide,
            SubmitCaseUpwardHandler submitUpward, RecordHigherDecisionHandler higherDecision) {
        this.meeting = meeting;
        this.decide = decide;
        this.submitUpward = submitUpward;
        this.higherDecision = higherDecision;
    }

    @PostMapping("/decision-meeting")
    CaseView recordMeeting(@PathVariable UUID caseId, @Valid @RequestBody DecisionMeetingRequest request) {
        return CaseView.of(meeting.handle(new RecordDecisionMeeting(new CaseId(caseId), request.toVote())));
    }

    @PostMapping("/decision")
    CaseView decide(@PathVariable UUID caseId, @Valid @RequestBody DecisionRequest request) {
        return CaseView.of(decide.handle(new DecideCase(new CaseId(caseId), request.toCommand())));
    }

    @PostMapping("/upward-submission")
    CaseView submitUpward(@PathVariable UUID caseId, @Valid @RequestBody UpwardSubmissionRequest request) {
        return CaseView.of(submitUpward.handle(new SubmitCaseUpward(new CaseId(caseId), request.toSubmission())));
    }

    @PostMapping("/higher-decision")
    CaseView recordHigherDecision(@PathVariable UUID caseId, @Valid @RequestBody HigherDecisionRequest request) {
        return CaseView.of(higherDecision.handle(new RecordHigherDecision(new CaseId(caseId), request.toDecision())));
    }

}
