package vn.phoihop.local.demo;

import static vn.phoihop.local.demo.FakeHttp.JSON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import vn.phoihop.local.demo.FakeHttp.Refusal;
import vn.phoihop.local.demo.FakeHttp.Request;
import vn.phoihop.local.demo.FakeHttp.Response;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.DecidingAuthority;
import vn.phoihop.regulation.PositionTier;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.SilenceRule;

/**
 * The cadre board's side of {@link FakeBoards}: the case lifecycle of docs/protocol.md with the rules that a
 * seeder could break (fields per kind, status, opinion of the current version, meeting first, majority,
 * justification, deciding authority, deadlines against today).
 */
final class FakeCadreBoard {

    static final class Case {
        final String id;
        final JsonNode proposal;
        final ActionKind kind;
        final PositionTier tier;
        String status = "DRAFT";
        int version = 1;
        LocalDate due;
        boolean overdue;
        String opinion;
        int opinionVersion;
        int meetingVersion;
        boolean majority;
        String decidedBy;

        Case(String id, JsonNode proposal) {
            this.id = id;
            this.proposal = proposal;
            this.kind = ActionKind.valueOf(proposal.path("kind").asString());
            JsonNode position = proposal.path("targetPosition").isObject() ? proposal.path("targetPosition")
                    : proposal.path("currentPosition");
            this.tier = PositionTier.valueOf(position.path("tier").asString());
        }
    }

    private static final Set<String> AMENDABLE = Set.of("AWAITING_OPINION", "INFORMATION_REQUESTED",
            "OPINION_RECEIVED", "DEEMED_CONSENT");

    final Map<String, Case> cases = new LinkedHashMap<>();
    final List<String> overdueAtCheck = new ArrayList<>();
    private final Regulation regulation;
    private final FakeBoards boards;

    FakeCadreBoard(Regulation regulation, FakeBoards boards) {
        this.regulation = regulation;
        this.boards = boards;
    }

    Response handle(Request request) {
        List<String> path = request.path();
        if (path.equals(List.of("api", "deadlines", "check")) && request.method().equals("POST")) {
            role(request, "admin");
            return checkDeadlines();
        }
        role(request, "clerk", "auditor", "admin");
        if (path.equals(List.of("api", "cases")) && request.method().equals("GET")) {
            return Response.ok(FakeHttp.page(cases.values().stream()
                    .filter(c -> !request.query().containsKey("status")
                            || c.status.equals(request.query().get("status")))
                    .filter(c -> !request.query().containsKey("overdue")
                            || String.valueOf(c.overdue).equals(request.query().get("overdue")))
                    .map(c -> Map.of("caseId", c.id, "status", c.status, "proposalVersion", c.version,
                            "overdue", c.overdue))
                    .toList(), request.query()));
        }
        role(request, "clerk");
        if (path.equals(List.of("api", "cases")) && request.method().equals("POST")) {
            Case opened = new Case(UUID.randomUUID().toString(), FakeProposals.checked(request.body()));
            cases.put(opened.id, opened);
            return new Response(201, view(opened), "/api/cases/" + opened.id);
        }
        Case c = cases.get(path.size() == 4 ? path.get(2) : "");
        if (c == null || !request.method().equals("POST")) {
            throw new Refusal(404, "not-found", String.join("/", path));
        }
        switch (path.get(3)) {
            case "submission" -> {
                status(c, "DRAFT");
                c.due = regulation.responseDueDate(c.kind, LocalDate.parse(request.text("requestDate")));
                c.status = "AWAITING_OPINION";
                boards.toExecutiveBoard("ConsultationRequested", c);
            }
            case "amendment" -> {
                status(c, AMENDABLE.toArray(String[]::new));
                FakeProposals.checked(request.body());
                request.text("reason");
                c.version++;
                c.status = "AWAITING_OPINION";
                c.due = regulation.responseDueDate(c.kind, LocalDate.now());
                boards.toExecutiveBoard("ConsultationRequested", c);
            }
            case "information" -> {
                status(c, "INFORMATION_REQUESTED");
                if (request.body().path("answers").isEmpty()) {
                    throw new Refusal(400, "answers", "answers are required");
                }
                c.due = regulation.responseDueDate(c.kind, LocalDate.parse(request.text("suppliedOn")));
                c.status = "AWAITING_OPINION";
                boards.toExecutiveBoard("InformationSupplied", c);
            }
            case "withdrawal" -> {
                request.text("reason");
                status(c, "DRAFT", "AWAITING_OPINION", "INFORMATION_REQUESTED", "OPINION_RECEIVED", "DEEMED_CONSENT");
                c.status = "WITHDRAWN";
                boards.toExecutiveBoard("CaseWithdrawn", c);
            }
            case "decision-meeting" -> {
                status(c, "OPINION_RECEIVED", "DEEMED_CONSENT");
                request.text("meetingDate");
                JsonNode body = request.body();
                c.meetingVersion = c.version;
                c.majority = body.path("inFavour").asInt() * 2 > body.path("membersTotal").asInt();
            }
            case "decision" -> decide(c, request, DecidingAuthority.CADRE_BOARD, "DECIDED");
            case "upward-submission" -> decide(c, request, DecidingAuthority.HIGHER_AUTHORITY, "SUBMITTED_UPWARD");
            case "higher-decision" -> {
                status(c, "SUBMITTED_UPWARD");
                request.text("decisionNumber");
                request.text("effectiveDate");
                c.status = "DECIDED";
                c.decidedBy = "HIGHER_AUTHORITY";
            }
            default -> throw new Refusal(404, "not-found", String.join("/", path));
        }
        return Response.ok(view(c));
    }

    private void decide(Case c, Request request, DecidingAuthority route, String next) {
        if (regulation.rulesFor(c.kind).authorityFor(c.tier) != route) {
            throw new Refusal(409, "deciding-authority", c.tier + " is decided by " + regulation.rulesFor(c.kind)
                    .authorityFor(c.tier));
        }
        boolean opinion = c.status.equals("DEEMED_CONSENT")
                || c.status.equals("OPINION_RECEIVED") && c.opinionVersion == c.version;
        if (!opinion) {
            throw new Refusal(409, "opinion-before-decision", "no opinion on version " + c.version);
        }
        if (c.meetingVersion != c.version) {
            throw new Refusal(409, "decision-meeting-first", "no meeting on version " + c.version);
        }
        if (route == DecidingAuthority.CADRE_BOARD) {
            boolean approved = request.text("outcome").equals("APPROVED");
            request.text("decisionNumber");
            request.text("effectiveDate");
            if (approved != c.majority) {
                throw new Refusal(409, "decision-follows-meeting", "the meeting decided otherwise");
            }
            boolean justified = !request.body().path("justification").asString("").isBlank();
            if (approved && "DISAGREE".equals(c.opinion) && !justified) {
                throw new Refusal(409, "contrary-decision-justified", "a contrary decision needs a justification");
            }
            c.decidedBy = "CADRE_BOARD";
        } else {
            request.text("authorityName");
            request.text("submissionNumber");
            request.text("submittedOn");
        }
        c.status = next;
        boards.toExecutiveBoard(next.equals("DECIDED") ? "DecisionFinalised" : "SubmittedUpward", c);
    }

    /** Overdue once the working day after the due date has come; silence is consent where the kind says so. */
    private Response checkDeadlines() {
        for (Case c : cases.values()) {
            if (c.status.equals("AWAITING_OPINION") && !c.overdue && LocalDate.now().isAfter(c.due)) {
                c.overdue = true;
                overdueAtCheck.add(c.id);
                if (regulation.rulesFor(c.kind).consultation().silence() == SilenceRule.CONSENT) {
                    c.status = "DEEMED_CONSENT";
                }
            }
        }
        return Response.ok(Map.of("overdue", overdueAtCheck.size()));
    }

    /** OpinionIssued, as it arrives from the executive board. */
    void receiveOpinion(String caseId, int version, String outcome) {
        Case c = cases.get(caseId);
        if (c.version == version && Set.of("AWAITING_OPINION", "DEEMED_CONSENT").contains(c.status)) {
            c.opinion = outcome;
            c.opinionVersion = version;
            c.status = outcome.equals("REQUEST_INFORMATION") ? "INFORMATION_REQUESTED" : "OPINION_RECEIVED";
        }
    }

    private static void status(Case c, String... allowed) {
        if (!List.of(allowed).contains(c.status)) {
            throw new Refusal(409, "case-status", "case " + c.id + " is " + c.status);
        }
    }

    private static void role(Request request, String... users) {
        if (request.user() == null) {
            throw new Refusal(401, "unauthenticated", "wrong credentials");
        }
        if (!List.of(users).contains(request.user())) {
            throw new Refusal(403, "forbidden", request.user() + " may not");
        }
    }

    private static Object view(Case c) {
        return JSON.createObjectNode().put("caseId", c.id).put("status", c.status).put("proposalVersion", c.version);
    }
}
