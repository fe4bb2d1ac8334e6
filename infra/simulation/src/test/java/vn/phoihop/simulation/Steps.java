package vn.phoihop.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import vn.phoihop.cadreboard.cases.domain.CaseEvent;
import vn.phoihop.cadreboard.cases.domain.DecisionOutcome;
import vn.phoihop.cadreboard.cases.domain.FinaliseDecision;
import vn.phoihop.cadreboard.cases.domain.HigherDecision;
import vn.phoihop.cadreboard.cases.domain.MeetingVote;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.cadreboard.cases.domain.Proposal;
import vn.phoihop.cadreboard.cases.domain.UpwardSubmission;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.PositionTier;

/** Performs one {@link Step}: the command a user gives, or what the network does. */
final class Steps {

    private final World world;

    Steps(World world) {
        this.world = world;
    }

    void perform(Step step) {
        LocalDate today = world.clock.today();
        switch (step) {
            case Step.Submit s -> cadre(s, s.caseNo(), c -> c.submit(today.minusDays(s.daysAgo()), today));
            case Step.Amend a -> cadre(a, a.caseNo(),
                    c -> c.amend(amended(c.proposal(), a.amendment()), "Bổ sung theo ý kiến", today, today));
            case Step.SupplyInformation s -> cadre(s, s.caseNo(), c -> Optional.of(c.supplyInformation(
                    s.withAnswers() ? List.of("Đã bổ sung bản kê khai") : List.of(), List.of(), today, today)));
            case Step.Withdraw w -> cadre(w, w.caseNo(), c -> c.withdraw("Rút hồ sơ", world.clock.now()));
            case Step.HoldDecisionMeeting m -> cadre(m, m.caseNo(),
                    c -> Optional.of(c.recordDecisionMeeting(vote(m.vote(), today), today)));
            case Step.Decide d -> cadre(d, d.caseNo(), c -> Optional.of(c.decide(new FinaliseDecision(
                    outcome(c, d.choice()), "QĐ-" + world.step, today,
                    d.justified() ? "Ban Cán sự đảng đã cân nhắc ý kiến" : null), world.clock.now())));
            case Step.SubmitUpward u -> cadre(u, u.caseNo(), c -> Optional.of(c.submitUpward(new UpwardSubmission(
                    "Ban Cán sự đảng Chính phủ", "TTr-" + world.step, u.datedTomorrow() ? today.plusDays(1) : today),
                    today)));
            case Step.RecordHigherDecision h -> cadre(h, h.caseNo(), c -> Optional.of(c.recordHigherDecision(
                    new HigherDecision(h.outcome(), "QĐ-TTg-" + world.step, today, null), world.clock.now())));
            case Step.CheckDeadlines d -> checkDeadlines(d.daysLater());
            case Step.Review r -> review(r, today);
            case Step.HoldCommitteeMeeting m -> meeting(m, today);
            case Step.Deliver d -> deliver(world.network.oldest(d.direction()), "deliver", d);
            case Step.DeliverOutOfOrder d -> deliver(world.network.outOfOrder(d.direction(), d.pick()), "deliver", d);
            case Step.Redeliver d -> deliver(world.network.again(d.direction(), d.pick()), "redeliver", d);
            case Step.Settle s -> {
                world.note("settle: the network catches up");
                while (!world.network.quiet()) {
                    world.deliver(world.network.oldest().orElseThrow(), "settle:");
                }
            }
            case Step.Delay d -> {
                world.clock.advance(d.days());
                world.note(d + ": time passes");
            }
        }
    }

    private void cadre(Step step, int caseNo, Function<PersonnelCase, Optional<? extends CaseEvent>> command) {
        PersonnelCase c = Simulation.personnelCase(world, caseNo);
        world.atCadreBoard("cadre board " + step + " on " + Labels.of(c.id().value()), () -> command.apply(c));
    }

    /** The scheduled check, on the day it runs: every case is looked at, as DeadlineCheck does. */
    private void checkDeadlines(int daysLater) {
        world.clock.advance(daysLater);
        LocalDate today = world.clock.today();
        for (int caseNo = 0; caseNo < world.scenario.cases().size(); caseNo++) {
            PersonnelCase c = Simulation.personnelCase(world, caseNo);
            world.atCadreBoard("deadline check on " + Labels.of(c.id().value()), () -> c.markOverdue(today));
        }
    }

    private void review(Step.Review r, LocalDate today) {
        UUID caseId = Simulation.caseId(world, r.caseNo());
        Optional<String> assigned = Simulation.consultation(world, r.caseNo())
            .map(c -> c.state().assignedMemberId());
        Optional<String> reviewer = switch (r.reviewer()) {
            case ASSIGNED_MEMBER -> assigned;
            case ANOTHER_MEMBER -> world.scenario.roster()
                .activeMembers()
                .stream()
                .filter(id -> assigned.filter(id::equals).isEmpty())
                .findFirst();
            case NOT_A_MEMBER -> Optional.empty();
        };
        world.atExecutiveBoard("member " + reviewer.orElse("(none)") + " " + r + " on " + Labels.of(caseId),
                () -> world.executive.review(caseId, reviewer, r.recommendation(), today));
    }

    private void meeting(Step.HoldCommitteeMeeting m, LocalDate today) {
        UUID caseId = Simulation.caseId(world, m.caseNo());
        int caseNo = m.caseNo() % world.scenario.cases().size();
        String subject = world.scenario.cases().get(caseNo).subjectCadreId(caseNo, world.scenario.roster());
        int current = Simulation.consultation(world, m.caseNo())
            .map(c -> c.request().proposalVersion())
            .orElse(1);
        var draft = Meetings.draft(m.plan(), world.scenario.roster(), subject, current, today);
        world.atExecutiveBoard("committee " + m.plan() + " on " + Labels.of(caseId) + " v" + (draft.proposalVersion() == null ? "(unstated)" : draft.proposalVersion())
                + " " + Describe.minutes(draft.minutes()), () -> world.executive.issueOpinion(caseId, draft,
                        world.clock));
    }

    private void deliver(Optional<Message> message, String how, Step step) {
        message.ifPresentOrElse(m -> world.deliver(m, how + " " + step.getClass().getSimpleName() + ":"),
                () -> world.note(step + ": nothing to deliver"));
    }

    private static MeetingVote vote(Step.BoardVote vote, LocalDate today) {
        return switch (vote) {
            case ADOPTED -> new MeetingVote(today, 7, 6, 5, 1, 0);
            case NOT_ADOPTED -> new MeetingVote(today, 7, 6, 2, 3, 1);
            case MISCOUNTED -> new MeetingVote(today, 7, 5, 4, 2, 0);
            case DATED_TOMORROW -> new MeetingVote(today.plusDays(1), 7, 6, 5, 1, 0);
        };
    }

    private static DecisionOutcome outcome(PersonnelCase c, Step.Choice choice) {
        return switch (choice) {
            case APPROVE -> DecisionOutcome.APPROVED;
            case REJECT -> DecisionOutcome.REJECTED;
            case FOLLOW_MEETING -> Optional.ofNullable(c.state().decisionMeeting())
                .filter(meeting -> 2 * meeting.vote().inFavour() <= meeting.vote().membersTotal())
                .map(meeting -> DecisionOutcome.REJECTED)
                .orElse(DecisionOutcome.APPROVED);
        };
    }

    private static Proposal amended(Proposal proposal, Step.Amendment amendment) {
        PositionTier tier = proposal.decidingTier().orElseThrow();
        int unit = Proposals.unitOf(proposal);
        return switch (amendment) {
            case RATIONALE -> Proposals.of(proposal.kind(), proposal.subject(), tier, unit, "Tờ trình sửa đổi");
            case TIER -> Proposals.of(proposal.kind(), proposal.subject(),
                    tier == PositionTier.DEPUTY_MINISTER ? PositionTier.DEPARTMENT_HEAD : PositionTier.DEPUTY_MINISTER,
                    unit, "Tờ trình đổi vị trí");
            case UNIT -> Proposals.of(proposal.kind(), proposal.subject(), tier, unit + 1, "Tờ trình đổi đơn vị");
            case OTHER_KIND -> Proposals.of(proposal.kind() == ActionKind.APPOINTMENT ? ActionKind.DISMISSAL
                    : ActionKind.APPOINTMENT, proposal.subject(), tier, unit, "Tờ trình khác loại");
        };
    }

}
