package vn.phoihop.local.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import vn.phoihop.local.demo.Ending.Decision;
import vn.phoihop.local.demo.Ending.UpwardSubmission;
import vn.phoihop.local.demo.Postings.Posts;
import vn.phoihop.local.demo.Proposal.Subject;
import vn.phoihop.local.demo.Round.Amendment;
import vn.phoihop.local.demo.Round.FollowUp;
import vn.phoihop.local.demo.Round.Information;
import vn.phoihop.local.demo.Round.Opinion;
import vn.phoihop.local.demo.Round.Outcome;
import vn.phoihop.local.demo.Round.Recusal;
import vn.phoihop.local.demo.Round.Review;
import vn.phoihop.local.demo.Steps.Step;
import vn.phoihop.local.demo.TermPlan.Assignment;
import vn.phoihop.local.demo.TermTable.Slot;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.Regulation;

/** Writes one case of the term from its slot: the proposal, its rounds as {@link Steps} dates them, its end. */
final class Scripts {

    private static final String APPROVED = "APPROVED";

    private final Random random;
    private final Regulation regulation;
    private final Steps steps;
    private final Meetings meetings;
    private final Postings postings;
    private final Map<String, String> memberByUnit;

    Scripts(Random random, Regulation regulation, List<Assignment> assignments) {
        this.random = random;
        this.regulation = regulation;
        this.steps = new Steps(random, regulation);
        this.meetings = new Meetings(random, StandingCommittee.memberIds());
        this.postings = new Postings(random);
        this.memberByUnit = assignments.stream()
                .collect(Collectors.toMap(Assignment::unitCode, Assignment::memberId));
    }

    PlannedCase write(int number, Slot slot, LocalDate requested, Subject subject) {
        ActionKind kind = slot.kind();
        List<Step> dates = steps.of(slot.story(), kind, requested);
        Step last = dates.getLast();
        LocalDate settled = last.meetingOn() != null ? last.meetingOn() : steps.dueDate(kind, requested);
        LocalDate decisionMeeting = steps.after(settled, 2, slot.story() == Story.DEEMED_CONSENT ? 10 : 12);
        LocalDate submittedOn = steps.after(decisionMeeting, 2, 6);
        LocalDate effective = isOpen(slot.story()) ? steps.after(requested, 25, 40)
                : slot.upward() ? steps.after(submittedOn, 20, 45) : steps.after(decisionMeeting, 1, 8);

        Posts posts = postings.of(kind, slot.upward());
        String reviewer = memberByUnit.get((posts.target() != null ? posts.target() : posts.current()).unitCode());
        Proposal proposal = new Proposal(kind, subject, posts.current(), posts.target(),
                slot.story() == Story.AMENDED_BEFORE_OPINION ? steps.after(requested, 8, 12) : effective,
                kind == ActionKind.TENURE_EXTENSION ? 1 + random.nextInt(2) : 5,
                Texts.rationale(random, kind, posts.target(), posts.current(), requested.getYear()),
                Dossiers.submission(random, kind, subject.cadreId()));

        List<Recusal> recusals = recusals(slot.story(), reviewer);
        List<List<String>> questions = Texts.questionsAndAnswers(random);
        List<Round> rounds = new ArrayList<>();
        for (Step step : dates) {
            Review review = step.reviewedOn() == null ? null : new Review(reviewer, step.recommendation(),
                    Texts.reviewNote(random, step.recommendation()), step.reviewedOn());
            Opinion opinion = step.meetingOn() == null ? null : opinion(kind, step, recusals, questions);
            rounds.add(new Round(step.version(), step.requestedOn(), review, opinion,
                    followUp(slot.story(), step, proposal, effective, questions)));
        }
        Ending.DecisionMeeting meeting = meetings.decisionMeeting(decisionMeeting,
                slot.story() == Story.CONTRARY_DECISION);
        Ending ending = switch (slot.story()) {
            case WITHDRAWN_AFTER_OPINION, WITHDRAWN_BEFORE_OPINION ->
                new Ending.Withdrawn(Texts.withdrawal(slot.story()));
            case UNDECIDED -> new Ending.Open("OPINION_RECEIVED");
            case LEFT_UNANSWERED -> new Ending.Open("AWAITING_OPINION");
            default -> slot.upward()
                    ? new Ending.DecidedAbove(meeting, new UpwardSubmission(Texts.HIGHER_AUTHORITY, null, submittedOn),
                            new Decision(APPROVED, null, effective, null, Texts.PRIME_MINISTER))
                    : new Ending.Decided(meeting, new Decision(APPROVED, null, effective,
                            slot.story() == Story.CONTRARY_DECISION ? Texts.contraryJustification() : null, null));
        };
        return new PlannedCase(number, slot.story(), requested, proposal, rounds, ending);
    }

    private Opinion opinion(ActionKind kind, Step step, List<Recusal> recusals, List<List<String>> questions) {
        Outcome outcome = step.outcome();
        return meetings.opinion(regulation.rulesFor(kind).meeting(), outcome, step.meetingOn(), recusals,
                outcome == Outcome.AGREE_WITH_CONDITIONS ? Texts.conditions(step.meetingOn().getYear()) : null,
                outcome == Outcome.REQUEST_INFORMATION ? questions.stream().map(List::getFirst).toList() : null);
    }

    private static FollowUp followUp(Story story, Step step, Proposal proposal, LocalDate effective,
            List<List<String>> questions) {
        if (step.followUpOn() == null) {
            return null;
        }
        String cadreId = proposal.subject().cadreId();
        return switch (story) {
            case AMENDED_AFTER_CONDITIONS -> new Amendment(proposal.amended(effective, proposal.rationale()
                    + " Hồ sơ đã bổ sung theo điều kiện của Ban Thường vụ Đảng ủy.",
                    Dossiers.withAssetDeclaration(proposal.dossier(), cadreId)), Texts.amendmentAfterConditions(),
                    step.followUpOn());
            case AMENDED_BEFORE_OPINION -> new Amendment(proposal.amended(effective, proposal.rationale(),
                    proposal.dossier()), Texts.amendmentBeforeOpinion(), step.followUpOn());
            case INFORMATION_REQUESTED -> new Information(questions.stream().map(List::getLast).toList(),
                    List.of(Dossiers.explanation(cadreId)), step.followUpOn());
            default -> throw new IllegalStateException(story + " has no follow-up");
        };
    }

    /** The subject of the case always stands aside; so does a member who declares a conflict of interest. */
    private static List<Recusal> recusals(Story story, String reviewer) {
        return switch (story) {
            case SUBJECT_RECUSED -> List.of(new Recusal(StandingCommittee.SECRETARY, Recusal.Reason.SUBJECT_OF_CASE));
            case CONFLICT_DECLARED -> List.of(new Recusal(reviewer.equals("UV-05") ? "UV-06" : "UV-05",
                    Recusal.Reason.DECLARED_CONFLICT));
            default -> List.of();
        };
    }

    private static boolean isOpen(Story story) {
        return story.withdrawn() || story == Story.UNDECIDED || story == Story.LEFT_UNANSWERED;
    }
}
