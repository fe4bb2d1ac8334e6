package vn.phoihop.local.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.phoihop.local.demo.Ending.Decision;
import vn.phoihop.local.demo.Ending.DecisionMeeting;
import vn.phoihop.local.demo.Ending.UpwardSubmission;
import vn.phoihop.local.demo.Proposal.Document;
import vn.phoihop.local.demo.Round.Amendment;
import vn.phoihop.local.demo.Round.Information;
import vn.phoihop.local.demo.Round.Opinion;
import vn.phoihop.local.demo.Round.Review;
import vn.phoihop.local.demo.TermPlan.Assignment;
import vn.phoihop.local.demo.TermPlan.Member;

/**
 * The request bodies of the REST contract (docs/protocol.md), in one place to check against it. Dates are ISO
 * strings; absent optional fields are left out.
 */
final class RestBodies {

    private RestBodies() {
    }

    /** PUT /api/members/{memberId} at the executive board. */
    static Map<String, Object> member(Member member) {
        return body("fullName", member.fullName(), "cadreId", member.cadreId(), "username", member.username(),
                "title", member.title(), "active", true);
    }

    /** PUT /api/unit-assignments/{unitCode} at the executive board. */
    static Map<String, Object> unitAssignment(Assignment assignment) {
        return body("memberId", assignment.memberId(), "unitName", assignment.unitName());
    }

    /** POST /api/cases at the cadre board. */
    static Map<String, Object> proposal(Proposal proposal) {
        return body("kind", proposal.kind().name(),
                "subject", body("cadreId", proposal.subject().cadreId(), "fullName", proposal.subject().fullName()),
                "currentPosition", position(proposal.currentPosition()),
                "targetPosition", position(proposal.targetPosition()),
                "proposedEffectiveDate", proposal.proposedEffectiveDate(),
                "termYears", proposal.termYears(),
                "rationale", proposal.rationale(),
                "dossier", documents(proposal.dossier()));
    }

    /** POST /api/cases/{id}/submission. */
    static Map<String, Object> submission(LocalDate requestDate) {
        return body("requestDate", requestDate);
    }

    /** POST /api/cases/{id}/amendment: the whole new proposal and the reason. */
    static Map<String, Object> amendment(Amendment amendment) {
        Map<String, Object> body = proposal(amendment.proposal());
        body.put("reason", amendment.reason());
        body.put("requestDate", amendment.amendedOn());
        return body;
    }

    /** POST /api/cases/{id}/information. */
    static Map<String, Object> information(Information information) {
        return body("answers", information.answers(), "dossier", documents(information.dossier()),
                "suppliedOn", information.suppliedOn());
    }

    /** POST /api/cases/{id}/withdrawal. */
    static Map<String, Object> withdrawal(String reason) {
        return body("reason", reason);
    }

    /** POST /api/cases/{id}/decision-meeting. */
    static Map<String, Object> decisionMeeting(DecisionMeeting meeting) {
        return body("meetingDate", meeting.meetingDate(), "membersTotal", meeting.membersTotal(),
                "present", meeting.present(), "inFavour", meeting.inFavour(), "against", meeting.against(),
                "abstain", meeting.abstain());
    }

    /** POST /api/cases/{id}/decision. */
    static Map<String, Object> decision(Decision decision) {
        return body("outcome", decision.outcome(), "decisionNumber", decision.decisionNumber(),
                "effectiveDate", decision.effectiveDate(), "justification", decision.justification());
    }

    /** POST /api/cases/{id}/upward-submission. */
    static Map<String, Object> upwardSubmission(UpwardSubmission submission) {
        return body("authorityName", submission.authorityName(), "submissionNumber", submission.submissionNumber(),
                "submittedOn", submission.submittedOn());
    }

    /** POST /api/cases/{id}/higher-decision. */
    static Map<String, Object> higherDecision(Decision decision) {
        return body("outcome", decision.outcome(), "decisionNumber", decision.decisionNumber(),
                "effectiveDate", decision.effectiveDate(), "authorityName", decision.authorityName());
    }

    /** POST /api/consultations/{caseId}/review at the executive board. */
    static Map<String, Object> review(Review review) {
        return body("recommendation", review.recommendation().name(), "note", review.note(),
                "reviewedOn", review.reviewedOn());
    }

    /** POST /api/consultations/{caseId}/opinion at the executive board. */
    static Map<String, Object> opinion(int proposalVersion, Opinion opinion) {
        return body("proposalVersion", proposalVersion, "outcome", opinion.outcome().name(),
                "conditions", opinion.conditions(), "questions", opinion.questions(),
                "meeting", body("date", opinion.meeting().date(), "summoned", opinion.meeting().summoned(),
                        "present", opinion.meeting().present(),
                        "recusals", opinion.meeting().recusals().stream()
                                .map(recusal -> body("memberId", recusal.memberId(), "reason",
                                        recusal.reason().name()))
                                .toList()),
                "tally", body("agree", opinion.tally().agree(), "disagree", opinion.tally().disagree(),
                        "abstain", opinion.tally().abstain(), "invalid", opinion.tally().invalid()));
    }

    private static Map<String, Object> position(Position position) {
        return position == null ? null : body("title", position.title(), "unitCode", position.unitCode(),
                "unitName", position.unitName(), "tier", position.tier().name());
    }

    private static List<Map<String, Object>> documents(List<Document> documents) {
        return documents.stream()
                .map(document -> body("name", document.name(), "mediaType", document.mediaType(),
                        "sha256", document.sha256()))
                .toList();
    }

    /** Name, value, name, value ...; null values are left out, dates become ISO strings. */
    private static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                body.put((String) namesAndValues[i], value instanceof LocalDate date ? date.toString() : value);
            }
        }
        return body;
    }
}
