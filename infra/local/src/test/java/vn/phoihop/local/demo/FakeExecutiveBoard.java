package vn.phoihop.local.demo;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import vn.phoihop.local.demo.FakeHttp.Refusal;
import vn.phoihop.local.demo.FakeHttp.Request;
import vn.phoihop.local.demo.FakeHttp.Response;

/**
 * The executive board's side of {@link FakeBoards}: roster and unit assignments, the consultations the cadre
 * board's events bring, the assigned member's review and the Standing Committee's opinion with quorum (2/3 of the
 * summoned), adoption (more than half of all members), recusal of the subject and the opinion's version.
 */
final class FakeExecutiveBoard {

    static final class Consultation {
        final String caseId;
        final String unitCode;
        final String subjectCadreId;
        int version;
        String status = "PENDING";
        int reviewedVersion;

        Consultation(String caseId, String unitCode, String subjectCadreId) {
            this.caseId = caseId;
            this.unitCode = unitCode;
            this.subjectCadreId = subjectCadreId;
        }
    }

    final Map<String, JsonNode> members = new LinkedHashMap<>();
    final Map<String, String> memberByUnit = new LinkedHashMap<>();
    final Map<String, Consultation> consultations = new LinkedHashMap<>();
    final Map<String, Integer> reviewsBy = new LinkedHashMap<>();
    private final FakeBoards boards;

    FakeExecutiveBoard(FakeBoards boards) {
        this.boards = boards;
    }

    Response handle(Request request) {
        List<String> path = request.path();
        if (request.user() == null) {
            throw new Refusal(401, "unauthenticated", "wrong credentials");
        }
        if (request.method().equals("PUT") && path.size() == 3 && path.get(1).equals("members")) {
            role(request, "admin");
            request.text("fullName");
            members.put(path.get(2), request.body());
            return Response.ok(request.body());
        }
        if (request.method().equals("PUT") && path.size() == 3 && path.get(1).equals("unit-assignments")) {
            role(request, "admin");
            String memberId = request.text("memberId");
            if (!members.containsKey(memberId)) {
                throw new Refusal(409, "member-known", "no member " + memberId);
            }
            memberByUnit.put(path.get(2), memberId);
            return Response.ok(request.body());
        }
        if (request.method().equals("GET") && path.equals(List.of("api", "consultations"))) {
            role(request, "committee");
            return Response.ok(FakeHttp.page(consultations.values().stream()
                    .filter(c -> !request.query().containsKey("status")
                            || c.status.equals(request.query().get("status")))
                    .map(c -> Map.of("caseId", c.caseId, "status", c.status, "proposalVersion", c.version))
                    .toList(), request.query()));
        }
        Consultation c = consultations.get(path.size() == 4 ? path.get(2) : "");
        if (c == null || !request.method().equals("POST")) {
            throw new Refusal(404, "not-found", String.join("/", path));
        }
        if (!c.status.equals("PENDING")) {
            throw new Refusal(409, "consultation-open", "consultation " + c.caseId + " is " + c.status);
        }
        switch (path.get(3)) {
            case "review" -> review(c, request);
            case "opinion" -> opinion(c, request);
            default -> throw new Refusal(404, "not-found", String.join("/", path));
        }
        return Response.ok(Map.of("caseId", c.caseId, "status", c.status, "proposalVersion", c.version));
    }

    private void review(Consultation c, Request request) {
        String assigned = memberByUnit.get(c.unitCode);
        if (assigned == null || !request.user().equals(members.get(assigned).path("username").asString(""))) {
            throw new Refusal(403, "review-by-assigned-member", request.user() + " does not follow " + c.unitCode);
        }
        if (!Set.of("AGREE", "AGREE_WITH_CONDITIONS", "DISAGREE", "REQUEST_INFORMATION")
                .contains(request.text("recommendation"))) {
            throw new Refusal(400, "recommendation", request.text("recommendation"));
        }
        request.text("note");
        c.reviewedVersion = c.version;
        reviewsBy.merge(request.user(), 1, Integer::sum);
    }

    private void opinion(Consultation c, Request request) {
        role(request, "committee");
        JsonNode body = request.body();
        if (body.path("proposalVersion").asInt() != c.version) {
            throw new Refusal(409, "opinion-on-current-version", "waiting for version " + c.version);
        }
        if (c.reviewedVersion != c.version) {
            throw new Refusal(409, "review-before-meeting", "no review of " + c.caseId);
        }
        String outcome = request.text("outcome");
        JsonNode meeting = body.path("meeting");
        Set<String> summoned = ids(meeting.path("summoned"));
        Set<String> present = ids(meeting.path("present"));
        Set<String> recused = new HashSet<>();
        meeting.path("recusals").forEach(recusal -> recused.add(recusal.path("memberId").asString("")));
        if (!members.keySet().containsAll(summoned) || !summoned.containsAll(present)
                || !present.containsAll(recused)) {
            throw new Refusal(400, "meeting-counts", "members do not add up");
        }
        String subject = members.entrySet().stream()
                .filter(member -> member.getValue().path("cadreId").asString("").equals(c.subjectCadreId))
                .map(Map.Entry::getKey).findFirst().orElse("");
        if (present.contains(subject) && !recused.contains(subject)) {
            throw new Refusal(409, "recusal", subject + " is the subject of the case");
        }
        if (present.size() * 3 < summoned.size() * 2) {
            throw new Refusal(409, "quorum", present.size() + " of " + summoned.size());
        }
        JsonNode tally = body.path("tally");
        int cast = tally.path("agree").asInt() + tally.path("disagree").asInt() + tally.path("abstain").asInt()
                + tally.path("invalid").asInt();
        if (cast > present.size() - recused.size()) {
            throw new Refusal(400, "meeting-counts", cast + " ballots");
        }
        int inFavour = outcome.equals("DISAGREE") ? tally.path("disagree").asInt() : tally.path("agree").asInt();
        if (inFavour * 2 <= members.size()) {
            throw new Refusal(409, "adoption", inFavour + " of " + members.size());
        }
        if (outcome.equals("REQUEST_INFORMATION") && body.path("questions").isEmpty()
                || outcome.equals("AGREE_WITH_CONDITIONS") && body.path("conditions").asString("").isBlank()) {
            throw new Refusal(400, "questions-stated", outcome + " says nothing");
        }
        c.status = outcome.equals("REQUEST_INFORMATION") ? "INFORMATION_REQUESTED" : "OPINION_ISSUED";
        boards.toCadreBoard(c.caseId, c.version, outcome);
    }

    /** An event of the cadre board, as it arrives. */
    void receive(String event, FakeCadreBoard.Case c) {
        switch (event) {
            case "ConsultationRequested" -> {
                JsonNode position = c.proposal.path("targetPosition").isObject() ? c.proposal.path("targetPosition")
                        : c.proposal.path("currentPosition");
                Consultation consultation = consultations.computeIfAbsent(c.id, id -> new Consultation(id,
                        position.path("unitCode").asString(), c.proposal.path("subject").path("cadreId").asString()));
                consultation.version = c.version;
                consultation.status = "PENDING";
                consultation.reviewedVersion = 0;
            }
            case "InformationSupplied" -> consultations.get(c.id).status = "PENDING";
            case "CaseWithdrawn" -> consultations.get(c.id).status = "WITHDRAWN";
            default -> consultations.get(c.id).status = "CLOSED";
        }
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> ids = new HashSet<>();
        array.forEach(id -> ids.add(id.asString()));
        return ids;
    }

    private static void role(Request request, String user) {
        if (!request.user().equals(user)) {
            throw new Refusal(403, "forbidden", request.user() + " may not");
        }
    }
}
