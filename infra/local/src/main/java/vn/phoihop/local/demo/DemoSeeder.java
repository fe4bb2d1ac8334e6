package vn.phoihop.local.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.phoihop.local.demo.BoardClient.User;
import vn.phoihop.local.demo.Ending.Decided;
import vn.phoihop.local.demo.Ending.DecidedAbove;
import vn.phoihop.local.demo.Ending.Withdrawn;
import vn.phoihop.local.demo.Round.Amendment;
import vn.phoihop.local.demo.Round.Information;
import vn.phoihop.local.demo.Round.Outcome;

/**
 * Replays the term through both boards' REST APIs as their demo users, phase by phase, so that every event
 * crosses between the boards as in real use: the Standing Committee is seated, every case is opened and submitted
 * with its historical request date, each round is reviewed and concluded, the secretariat amends or answers, the
 * deadline check marks the unanswered ones, and the cases are decided. Seeds only a cadre board without cases.
 */
public final class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private static final User CLERK = new User("clerk");
    private static final User COMMITTEE = new User("committee");
    private static final User ADMIN = new User("admin");

    private final BoardClient cadreBoard;
    private final BoardClient executiveBoard;
    private final TermPlan plan;
    private final Pace pace;
    private final CaseIds caseIds = new CaseIds();
    private final Arrivals arrivals;

    public DemoSeeder(HttpClient http, URI cadreBoard, URI executiveBoard) {
        this(http, cadreBoard, executiveBoard, DemoTerm.plan(), Pace.DEFAULT);
    }

    DemoSeeder(HttpClient http, URI cadreBoard, URI executiveBoard, TermPlan plan, Pace pace) {
        this.cadreBoard = new BoardClient(http, "cadre board", cadreBoard);
        this.executiveBoard = new BoardClient(http, "executive board", executiveBoard);
        this.plan = plan;
        this.pace = pace;
        this.arrivals = new Arrivals(new Waiting(pace.pollInterval(), pace.patience()), caseIds);
    }

    public Seeding seedIfEmpty() {
        URI report = cadreBoard.uri("/api/reports/term?from=" + DemoTerm.REPORT_FROM + "&to=" + DemoTerm.REPORT_TO);
        long existing = cadreBoard.get(CLERK, "/api/cases?size=1").path("totalItems").asLong();
        if (existing > 0) {
            if (existing < plan.cases().size()) {
                log.warn("The cadre board has {} cases, fewer than the {} of the demo term: an earlier seeding "
                        + "stopped half-way. Start on a fresh --data-dir to replay the whole term.", existing,
                        plan.cases().size());
            }
            return Seeding.kept(existing, report);
        }
        long started = System.nanoTime();
        log.info("Replaying the 2010–2015 term through both boards: {} cases", plan.cases().size());
        try (Workers workers = new Workers(pace.concurrency())) {
            workers.each(plan.roster(), member -> executiveBoard.put(ADMIN, "/api/members/" + member.memberId(),
                    RestBodies.member(member)));
            workers.each(plan.assignments(), assignment -> executiveBoard.put(ADMIN,
                    "/api/unit-assignments/" + assignment.unitCode(), RestBodies.unitAssignment(assignment)));
            openAndSubmit(workers);
            for (int round = 0; round < plan.mostRounds(); round++) {
                consult(workers, round);
            }
            workers.each(cases(planned -> planned.ending() instanceof Withdrawn), planned -> cadreBoard.post(CLERK,
                    caseIds.caseStep(planned, "withdrawal"),
                    RestBodies.withdrawal(((Withdrawn) planned.ending()).reason())));
            checkDeadlines();
            workers.each(cases(planned -> planned.decidedByCadreBoard() || planned.decidedAbove()), this::decide);
        }
        log.info("Term replayed in {} s: {} cases decided, {} of them by the Prime Minister",
                String.format("%.1f", (System.nanoTime() - started) / 1e9), plan.decidedByCadreBoard()
                        + plan.decidedAbove(), plan.decidedAbove());
        return new Seeding(Seeding.Outcome.LOADED, plan.cases().size(), plan.decidedByCadreBoard(),
                plan.decidedAbove(), report);
    }

    private void openAndSubmit(Workers workers) {
        workers.each(plan.cases(), planned -> {
            HttpResponse<String> opened = cadreBoard.post(CLERK, "/api/cases", RestBodies.proposal(planned.proposal()));
            caseIds.put(planned, caseId(opened));
            cadreBoard.post(CLERK, caseIds.caseStep(planned, "submission"),
                    RestBodies.submission(planned.requestDate()));
        });
        log.info("  {} cases opened and submitted", plan.cases().size());
    }

    /** The assigned members review, the Standing Committee concludes, the secretariat follows up. */
    private void consult(Workers workers, int index) {
        List<PlannedCase> inRound = cases(planned -> planned.rounds().size() > index);
        arrivals.await("the executive board to list the consultations of round " + (index + 1), executiveBoard,
                COMMITTEE, "/api/consultations", "status=PENDING", inRound, planned -> round(planned, index)
                        .proposalVersion());
        workers.each(inRound, planned -> {
            Round round = round(planned, index);
            if (round.review() != null) {
                User member = new User(plan.member(round.review().memberId()).username());
                executiveBoard.post(member, caseIds.consultationStep(planned, "review"),
                        RestBodies.review(round.review()));
            }
            if (round.opinion() != null) {
                executiveBoard.post(COMMITTEE, caseIds.consultationStep(planned, "opinion"),
                        RestBodies.opinion(round.proposalVersion(), round.opinion()));
            }
        });
        List<PlannedCase> concluded = inRound.stream().filter(planned -> round(planned, index).opinion() != null)
                .toList();
        for (String status : List.of("OPINION_RECEIVED", "INFORMATION_REQUESTED")) {
            arrivals.await("the cadre board to receive the opinions of round " + (index + 1) + " (" + status + ")",
                    cadreBoard, CLERK, "/api/cases", "status=" + status, concluded.stream()
                            .filter(planned -> cadreStatusAfter(round(planned, index)).equals(status)).toList(),
                    planned -> round(planned, index).proposalVersion());
        }
        workers.each(inRound.stream().filter(planned -> round(planned, index).followUp() != null).toList(),
                planned -> {
                    switch (round(planned, index).followUp()) {
                        case Amendment amendment -> cadreBoard.post(CLERK, caseIds.caseStep(planned, "amendment"),
                                RestBodies.amendment(amendment));
                        case Information information -> cadreBoard.post(CLERK,
                                caseIds.caseStep(planned, "information"), RestBodies.information(information));
                    }
                });
        log.info("  round {}: {} consultations concluded by the Standing Committee", index + 1, concluded.size());
    }

    /** Once every other opinion is in: the cases nobody answered are overdue, reappointments deemed consented. */
    private void checkDeadlines() {
        cadreBoard.post(ADMIN, "/api/deadlines/check", null);
        arrivals.await("the cadre board to deem the unanswered reappointments consented", cadreBoard, CLERK,
                "/api/cases", "status=DEEMED_CONSENT", cases(planned -> planned.story() == Story.DEEMED_CONSENT),
                planned -> 1);
        arrivals.await("the cadre board to mark the unanswered appointments overdue", cadreBoard, CLERK,
                "/api/cases", "status=AWAITING_OPINION&overdue=true",
                cases(planned -> planned.story() == Story.LEFT_UNANSWERED), planned -> 1);
    }

    /** The cadre board's meeting, then its decision, or the submission upward and the higher decision. */
    private void decide(PlannedCase planned) {
        switch (planned.ending()) {
            case Decided decided -> {
                cadreBoard.post(CLERK, caseIds.caseStep(planned, "decision-meeting"),
                        RestBodies.decisionMeeting(decided.meeting()));
                cadreBoard.post(CLERK, caseIds.caseStep(planned, "decision"), RestBodies.decision(decided.decision()));
            }
            case DecidedAbove above -> {
                cadreBoard.post(CLERK, caseIds.caseStep(planned, "decision-meeting"),
                        RestBodies.decisionMeeting(above.meeting()));
                cadreBoard.post(CLERK, caseIds.caseStep(planned, "upward-submission"),
                        RestBodies.upwardSubmission(above.submission()));
                cadreBoard.post(CLERK, caseIds.caseStep(planned, "higher-decision"),
                        RestBodies.higherDecision(above.decision()));
            }
            default -> throw new IllegalStateException(planned + " is not to be decided");
        }
    }

    private static Round round(PlannedCase planned, int index) {
        return planned.rounds().get(index);
    }

    private static String cadreStatusAfter(Round round) {
        return round.opinion().outcome() == Outcome.REQUEST_INFORMATION ? "INFORMATION_REQUESTED" : "OPINION_RECEIVED";
    }

    private List<PlannedCase> cases(Predicate<PlannedCase> which) {
        return plan.cases().stream().filter(which).toList();
    }

    /** The new case's id: from the Location header, else from the body. */
    private String caseId(HttpResponse<String> opened) {
        return opened.headers().firstValue("Location")
                .map(location -> location.substring(location.lastIndexOf('/') + 1))
                .filter(id -> !id.isBlank())
                .orElseGet(() -> cadreBoard.read(opened).path("caseId").asString());
    }
}
