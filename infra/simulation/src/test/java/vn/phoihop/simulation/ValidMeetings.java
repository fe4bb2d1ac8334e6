package vn.phoihop.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import vn.phoihop.cadreboard.cases.domain.ConsultationRequested;
import vn.phoihop.cadreboard.cases.domain.InformationSupplied;
import vn.phoihop.executiveboard.consultations.domain.BallotTally;
import vn.phoihop.executiveboard.consultations.domain.IssuedOpinion;
import vn.phoihop.executiveboard.consultations.domain.Meeting;
import vn.phoihop.executiveboard.consultations.domain.MemberReviewRecorded;
import vn.phoihop.executiveboard.consultations.domain.OpinionIssued;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;
import vn.phoihop.executiveboard.consultations.domain.Recusal;
import vn.phoihop.executiveboard.consultations.domain.RecusalReason;

/**
 * Invariant 2: every opinion the executive board published came from a valid meeting, checked again here from the
 * published event and the run's roster only: present ⊆ summoned ⊆ active members, recused ⊆ present, the subject
 * recused when present, no more ballots than voters, at least 2/3 of the summoned present, more than half of all
 * active members for the outcome (a request for information needs the quorum only). And it answered the version
 * the executive board was consulted on, after the assigned member's review, once per version (again only after
 * the information it asked for).
 */
final class ValidMeetings implements Invariant {

    @Override
    public String name() {
        return "Invariant 2 (every opinion from a valid meeting)";
    }

    @Override
    public void check(World world) {
        List<Message> outbox = world.executive.outbox();
        for (int index = 0; index < outbox.size(); index++) {
            if (outbox.get(index).event() instanceof OpinionIssued issued) {
                String what = outbox.get(index).toString();
                meeting(world, issued, what);
                consulted(world, outbox.get(index), issued.opinion(), outbox.subList(0, index), what);
            }
        }
    }

    private static void meeting(World world, OpinionIssued issued, String what) {
        RosterSpec roster = world.scenario.roster();
        List<String> active = roster.activeMembers();
        Meeting meeting = issued.opinion().meeting();
        List<String> summoned = meeting.summonedMemberIds();
        List<String> present = meeting.presentMemberIds();
        List<String> recused = meeting.recusals().stream().map(Recusal::memberId).toList();
        assertThat(summoned).as("%s: summoned", what).isNotEmpty().doesNotHaveDuplicates();
        assertThat(present).as("%s: present", what).doesNotHaveDuplicates();
        assertThat(recused).as("%s: recused", what).doesNotHaveDuplicates();
        assertThat(active).as("%s: summoned ⊆ active members", what).containsAll(summoned);
        assertThat(summoned).as("%s: present ⊆ summoned", what).containsAll(present);
        assertThat(present).as("%s: recused ⊆ present", what).containsAll(recused);
        int caseNo = History.caseNo(issued.caseId());
        Optional<String> subject = roster
            .activeMemberWhoIs(world.scenario.cases().get(caseNo).subjectCadreId(caseNo, roster));
        subject.filter(present::contains)
            .ifPresent(id -> assertThat(meeting.recusals()).as("%s: subject %s present must recuse", what, id)
                .contains(new Recusal(id, RecusalReason.SUBJECT_OF_CASE)));
        meeting.recusals()
            .stream()
            .filter(r -> r.reason() == RecusalReason.SUBJECT_OF_CASE)
            .forEach(r -> assertThat(subject).as("%s: %s recused as the subject", what, r.memberId())
                .contains(r.memberId()));
        BallotTally tally = meeting.tally();
        int voters = present.size() - recused.size();
        assertThat(List.of(tally.agree(), tally.disagree(), tally.abstain(), tally.invalid())).as("%s: tally", what)
            .allMatch(n -> n >= 0);
        assertThat(tally.agree() + tally.disagree() + tally.abstain() + tally.invalid())
            .as("%s: ballots ≤ %d voters", what, voters)
            .isLessThanOrEqualTo(voters);
        assertThat(present.size()).as("%s: quorum, present of %d summoned (at least two thirds)", what,
                summoned.size())
            .isGreaterThanOrEqualTo((2 * summoned.size() + 2) / 3);
        assertThat(meeting.membersTotal()).as("%s: members total", what).isEqualTo(active.size());
        OpinionOutcome outcome = issued.opinion().outcome();
        if (outcome != OpinionOutcome.REQUEST_INFORMATION) {
            int inFavour = outcome == OpinionOutcome.DISAGREE ? tally.disagree() : tally.agree();
            assertThat(inFavour).as("%s: adoption, ballots for %s of %d active members (more than half)", what,
                    outcome, active.size())
                .isGreaterThan(active.size() / 2);
        }
        assertThat(issued.opinion().conditions() != null).as("%s: conditions stated iff with conditions", what)
            .isEqualTo(outcome == OpinionOutcome.AGREE_WITH_CONDITIONS);
        assertThat(!issued.opinion().questions().isEmpty()).as("%s: questions iff information requested", what)
            .isEqualTo(outcome == OpinionOutcome.REQUEST_INFORMATION);
    }

    /** The version the board was asked about last, reviewed first, and concluded on once (or after answers). */
    private static void consulted(World world, Message message, IssuedOpinion opinion, List<Message> earlier,
            String what) {
        ConsultationRequested request = world.applied.get(Direction.TO_EXECUTIVE_BOARD)
            .stream()
            .filter(m -> m.caseId().equals(message.caseId()) && world.appliedAt.get(m.eventId()) < message.tick())
            .map(Message::event)
            .filter(ConsultationRequested.class::isInstance)
            .map(ConsultationRequested.class::cast)
            .reduce((first, second) -> second.proposalVersion() > first.proposalVersion() ? second : first)
            .orElseThrow(() -> new AssertionError(what + ": no request had reached the executive board"));
        assertThat(opinion.proposalVersion()).as("%s: the version the board was last asked about", what)
            .isEqualTo(request.proposalVersion());
        String follower = world.scenario.roster().followerOf(Proposals.concerned(request.proposal()).unitCode())
            .orElse("nobody");
        List<Message> reviews = earlier.stream()
            .filter(m -> m.caseId().equals(message.caseId()) && m.event() instanceof MemberReviewRecorded recorded
                    && recorded.review().proposalVersion() == opinion.proposalVersion())
            .toList();
        assertThat(reviews).as("%s: review of v%d by the member following the unit", what, opinion.proposalVersion())
            .isNotEmpty()
            .allMatch(m -> ((MemberReviewRecorded) m.event()).review().memberId().equals(follower));
        assertThat(opinion.reviewEventId()).as("%s: names the latest review", what)
            .isEqualTo(reviews.getLast().eventId());
        earlier.stream()
            .filter(m -> m.caseId().equals(message.caseId()) && m.event() instanceof OpinionIssued before
                    && before.opinion().proposalVersion() == opinion.proposalVersion())
            .reduce((first, second) -> second)
            .ifPresent(previous -> answeredBefore(world, previous, message, what));
    }

    /** A second opinion on a version only follows a request for information the cadre board has answered. */
    private static void answeredBefore(World world, Message previous, Message message, String what) {
        IssuedOpinion earlier = ((OpinionIssued) previous.event()).opinion();
        assertThat(earlier.outcome()).as("%s: only once per version; %s came before", what, previous)
            .isEqualTo(OpinionOutcome.REQUEST_INFORMATION);
        boolean answered = world.applied.get(Direction.TO_EXECUTIVE_BOARD)
            .stream()
            .filter(m -> m.caseId().equals(message.caseId()) && m.event() instanceof InformationSupplied supplied
                    && supplied.proposalVersion() == earlier.proposalVersion())
            .map(m -> world.appliedAt.get(m.eventId()))
            .anyMatch(at -> at > previous.tick() && at < message.tick());
        assertThat(answered).as("%s: the information asked in %s was supplied in between", what, previous).isTrue();
    }

}
