package vn.phoihop.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.phoihop.local.demo.Ending.Decided;
import vn.phoihop.local.demo.Ending.DecidedAbove;
import vn.phoihop.local.demo.Ending.DecisionMeeting;
import vn.phoihop.local.demo.Round.Amendment;
import vn.phoihop.local.demo.Round.Information;
import vn.phoihop.local.demo.Round.Meeting;
import vn.phoihop.local.demo.Round.Opinion;
import vn.phoihop.local.demo.Round.Outcome;
import vn.phoihop.local.demo.Round.Recusal;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.PositionTier;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.WorkingDayCalendar;
import vn.phoihop.regulation.file.RegulationLibrary;

class DemoTermTest {

    private static final TermPlan TERM = DemoTerm.plan();
    private static final Regulation REGULATION = RegulationLibrary.defaults("test").require("296-QC/BCSĐ-ĐUBKH",
            "2013.1");
    private static final WorkingDayCalendar CALENDAR = REGULATION.calendar();
    private static final Set<String> FAMILY_NAMES = Set.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");

    @Test
    void theCadreBoardDecidesTheTermTableOf194CasesOfDepartmentRank() {
        List<PlannedCase> decided = cases(PlannedCase::decidedByCadreBoard);

        assertThat(decided).hasSize(194);
        assertThat(countByKind(decided)).containsExactlyInAnyOrderEntriesOf(Map.of(
                ActionKind.APPOINTMENT, 88L, ActionKind.TRANSFER_AND_APPOINTMENT, 21L,
                ActionKind.RECEPTION_AND_APPOINTMENT, 7L, ActionKind.REAPPOINTMENT, 66L,
                ActionKind.TENURE_EXTENSION, 12L));
        assertThat(decided).extracting(planned -> planned.finalProposal().targetPosition().tier())
                .containsOnly(PositionTier.DEPARTMENT_HEAD, PositionTier.DEPARTMENT_DEPUTY_HEAD);
    }

    @Test
    void twoDeputyMinisterAppointmentsAndFourReappointmentsAreDecidedAbove() {
        List<PlannedCase> above = cases(PlannedCase::decidedAbove);

        assertThat(countByKind(above)).containsExactlyInAnyOrderEntriesOf(Map.of(
                ActionKind.APPOINTMENT, 2L, ActionKind.REAPPOINTMENT, 4L));
        assertThat(above).extracting(planned -> planned.proposal().targetPosition().tier())
                .containsOnly(PositionTier.DEPUTY_MINISTER);
        assertThat(above).allSatisfy(planned -> {
            DecidedAbove ending = (DecidedAbove) planned.ending();
            assertThat(ending.submission().authorityName()).isEqualTo("Ban cán sự đảng Chính phủ, Thủ tướng Chính phủ");
            assertThat(ending.submission().submittedOn()).isAfter(ending.meeting().meetingDate());
            assertThat(ending.decision().effectiveDate()).isAfter(ending.submission().submittedOn());
            assertThat(ending.decision().decisionNumber()).endsWith("/QĐ-TTg");
        });
    }

    @Test
    void theStoriesHaveTheirFixedCounts() {
        assertThat(cases(planned -> planned.story().amended())).hasSize(5).allSatisfy(planned -> {
            assertThat(planned.rounds()).extracting(Round::proposalVersion).containsExactly(1, 2);
            assertThat(planned.rounds().getFirst().followUp()).isInstanceOf(Amendment.class);
            assertThat(planned.rounds().getLast().opinion().outcome()).isEqualTo(Outcome.AGREE);
        });
        assertThat(cases(planned -> planned.story() == Story.INFORMATION_REQUESTED)).hasSize(4).allSatisfy(planned -> {
            Round first = planned.rounds().getFirst();
            assertThat(first.opinion().outcome()).isEqualTo(Outcome.REQUEST_INFORMATION);
            assertThat(first.opinion().questions()).isNotEmpty();
            assertThat(((Information) first.followUp()).answers()).hasSameSizeAs(first.opinion().questions());
            assertThat(planned.rounds().getLast().proposalVersion()).isEqualTo(1);
            assertThat(planned.decidedByCadreBoard()).isTrue();
        });
        assertThat(cases(planned -> planned.story().withdrawn())).hasSize(2);
        assertThat(cases(planned -> planned.story() == Story.UNDECIDED)).hasSize(2)
                .allSatisfy(planned -> assertThat(planned.ending()).isEqualTo(new Ending.Open("OPINION_RECEIVED")));
        assertThat(cases(planned -> planned.story() == Story.CONFLICT_DECLARED)).hasSize(1);
    }

    @Test
    void exactlyOneDecisionGoesAgainstTheOpinionAndSaysWhy() {
        List<PlannedCase> contrary = cases(planned -> planned.rounds().stream().map(Round::opinion)
                .filter(Objects::nonNull).anyMatch(opinion -> opinion.outcome() == Outcome.DISAGREE));

        assertThat(contrary).singleElement().satisfies(planned -> {
            assertThat(planned.proposal().kind()).isEqualTo(ActionKind.APPOINTMENT);
            Decided decided = (Decided) planned.ending();
            assertThat(decided.decision().outcome()).isEqualTo("APPROVED");
            assertThat(decided.decision().justification()).contains("Ban Thường vụ");
        });
        assertThat(cases(planned -> planned.ending() instanceof Decided decided
                && decided.decision().justification() != null)).isEqualTo(contrary);
    }

    @Test
    void threeUnansweredReappointmentsAreDeemedConsentedAndTwoAppointmentsKeepWaiting() {
        List<PlannedCase> unanswered = cases(planned -> planned.rounds().stream()
                .allMatch(round -> round.review() == null && round.opinion() == null));

        assertThat(unanswered).filteredOn(PlannedCase::decidedByCadreBoard).hasSize(3).allSatisfy(planned -> {
            assertThat(planned.proposal().kind()).isEqualTo(ActionKind.REAPPOINTMENT);
            LocalDate due = REGULATION.responseDueDate(ActionKind.REAPPOINTMENT, planned.requestDate());
            assertThat(((Decided) planned.ending()).meeting().meetingDate()).isAfter(CALENDAR.plusWorkingDays(due, 1));
        });
        assertThat(unanswered).filteredOn(planned -> !planned.decidedByCadreBoard()).hasSize(2).allSatisfy(planned -> {
            assertThat(planned.proposal().kind()).isEqualTo(ActionKind.APPOINTMENT);
            assertThat(planned.ending()).isEqualTo(new Ending.Open("AWAITING_OPINION"));
        });
    }

    @Test
    void theSecretaryStandsAsideOnHisOwnReappointmentAsDeputyMinister() {
        PlannedCase own = cases(planned -> planned.story() == Story.SUBJECT_RECUSED).getFirst();
        TermPlan.Member secretary = TERM.member(StandingCommittee.SECRETARY);

        assertThat(own.cadreId()).isEqualTo(secretary.cadreId());
        assertThat(own.proposal().subject().fullName()).isEqualTo(secretary.fullName());
        Meeting meeting = own.rounds().getFirst().opinion().meeting();
        assertThat(meeting.present()).contains(secretary.memberId());
        assertThat(meeting.recusals())
                .containsExactly(new Recusal(secretary.memberId(), Recusal.Reason.SUBJECT_OF_CASE));
        assertThat(own.rounds().getFirst().review().memberId()).isNotEqualTo(secretary.memberId());
        assertThat(TERM.cases()).filteredOn(planned -> planned.cadreId().equals(secretary.cadreId())).hasSize(1);
    }

    @Test
    void everyRequestIsOnAWorkingDayOfTheTerm() {
        assertThat(TERM.cases()).allSatisfy(planned -> {
            assertThat(planned.requestDate()).isBetween(LocalDate.of(2010, 11, 1), LocalDate.of(2015, 9, 30));
            assertThat(CALENDAR.isWorkingDay(planned.requestDate())).as("%s", planned).isTrue();
            assertThat(planned.rounds().getFirst().requestedOn()).isEqualTo(planned.requestDate());
        });
        assertThat(TERM.cases()).extracting(PlannedCase::requestDate).isSorted();
    }

    @Test
    void theCommitteeAnswersAfterTheReviewAndByTheDueDate() {
        assertThat(TERM.cases()).allSatisfy(planned -> planned.rounds().forEach(round -> {
            LocalDate due = REGULATION.responseDueDate(planned.proposal().kind(), round.requestedOn());
            if (round.review() != null) {
                assertThat(round.review().reviewedOn()).as("%s", planned).isAfter(round.requestedOn());
                assertThat(CALENDAR.isWorkingDay(round.review().reviewedOn())).isTrue();
            }
            if (round.opinion() != null) {
                LocalDate met = round.opinion().meeting().date();
                assertThat(met).as("%s", planned).isAfter(round.requestedOn()).isBeforeOrEqualTo(due);
                assertThat(CALENDAR.isWorkingDay(met)).isTrue();
                if (round.review() != null) {
                    assertThat(met).isAfter(round.review().reviewedOn());
                }
            }
        }));
    }

    @Test
    void everyStandingCommitteeMeetingHasItsQuorumAndAdoptsItsConclusion() {
        List<String> members = TERM.roster().stream().map(TermPlan.Member::memberId).toList();
        List<Opinion> opinions = TERM.cases().stream().flatMap(planned -> planned.rounds().stream())
                .map(Round::opinion).filter(Objects::nonNull).toList();

        assertThat(opinions).hasSizeGreaterThan(200).allSatisfy(opinion -> {
            Meeting meeting = opinion.meeting();
            assertThat(members).containsAll(meeting.summoned());
            assertThat(meeting.summoned()).containsAll(meeting.present());
            assertThat(meeting.present()).containsAll(meeting.recusals().stream().map(Recusal::memberId).toList());
            assertThat(meeting.present().size() * 3).as("quorum of %s", meeting)
                    .isGreaterThanOrEqualTo(meeting.summoned().size() * 2);
            assertThat(meeting.present().size()).isBetween(5, 7);
            assertThat(opinion.tally().cast()).isEqualTo(meeting.present().size() - meeting.recusals().size());
            int inFavour = opinion.outcome() == Outcome.DISAGREE ? opinion.tally().disagree() : opinion.tally().agree();
            assertThat(inFavour * 2).as("adoption of %s", opinion).isGreaterThan(members.size());
        });
        assertThat(opinions).extracting(opinion -> opinion.meeting().summoned().size()).contains(7, 6);
        assertThat(opinions).extracting(opinion -> opinion.meeting().present().size()).contains(7, 6, 5);
    }

    @Test
    void theCadreBoardDecidesAtItsOwnMeetingWithAMajorityWithinTheTerm() {
        assertThat(TERM.cases()).filteredOn(planned -> planned.decidedByCadreBoard() || planned.decidedAbove())
                .hasSize(200).allSatisfy(planned -> {
                    DecisionMeeting meeting = planned.ending() instanceof Decided decided ? decided.meeting()
                            : ((DecidedAbove) planned.ending()).meeting();
                    Ending.Decision decision = planned.ending() instanceof Decided decided ? decided.decision()
                            : ((DecidedAbove) planned.ending()).decision();
                    assertThat(meeting.inFavour() * 2).isGreaterThan(meeting.membersTotal());
                    assertThat(meeting.inFavour() + meeting.against() + meeting.abstain()).isEqualTo(meeting.present());
                    assertThat(meeting.meetingDate()).isAfter(lastWord(planned));
                    assertThat(decision.effectiveDate()).isAfter(meeting.meetingDate())
                            .isBeforeOrEqualTo(LocalDate.of(2015, 10, 15))
                            .isEqualTo(planned.finalProposal().proposedEffectiveDate());
                });
    }

    @Test
    void decisionNumbersGrowThroughEachYearOfTheRegister() {
        List<Ending.Decision> decisions = cases(PlannedCase::decidedByCadreBoard).stream()
                .map(planned -> ((Decided) planned.ending()).decision())
                .sorted(Comparator.comparing(Ending.Decision::effectiveDate)).toList();

        assertThat(decisions).extracting(Ending.Decision::decisionNumber)
                .allMatch(number -> number.matches("\\d+/QĐ-BKHĐT"));
        for (int i = 1; i < decisions.size(); i++) {
            if (decisions.get(i).effectiveDate().getYear() == decisions.get(i - 1).effectiveDate().getYear()) {
                assertThat(number(decisions.get(i))).isGreaterThan(number(decisions.get(i - 1)));
            }
        }
    }

    private static int number(Ending.Decision decision) {
        return Integer.parseInt(decision.decisionNumber().substring(0, decision.decisionNumber().indexOf('/')));
    }

    @Test
    void everyProposalHasWhatItsKindNeeds() {
        assertThat(TERM.cases()).allSatisfy(planned -> Stream.concat(Stream.of(planned.proposal()),
                Stream.of(planned.finalProposal())).forEach(proposal -> {
                    assertThat(proposal.rationale()).isNotBlank();
                    assertThat(proposal.proposedEffectiveDate()).isNotNull();
                    assertThat(proposal.termYears()).isBetween(1, 5);
                    assertThat(proposal.targetPosition()).isNotNull();
                    switch (proposal.kind()) {
                        case APPOINTMENT, RECEPTION_AND_APPOINTMENT ->
                            assertThat(proposal.currentPosition()).isNull();
                        case REAPPOINTMENT, TENURE_EXTENSION ->
                            assertThat(proposal.targetPosition()).isEqualTo(proposal.currentPosition());
                        case TRANSFER_AND_APPOINTMENT -> assertThat(proposal.currentPosition().unitCode())
                                .isNotEqualTo(proposal.targetPosition().unitCode());
                        default -> throw new AssertionError("unexpected kind in " + planned);
                    }
                }));
        assertThat(cases(planned -> planned.proposal().kind() == ActionKind.TENURE_EXTENSION))
                .extracting(planned -> planned.proposal().termYears()).containsOnly(1, 2);
    }

    @Test
    void dossiersHoldOneOrTwoPdfsNamedAfterTheCadreWithTheirDigest() {
        assertThat(TERM.cases()).allSatisfy(planned -> {
            assertThat(planned.proposal().dossier()).hasSizeBetween(1, 2).allSatisfy(document -> {
                assertThat(document.name()).matches("[A-Za-z-]+-" + planned.cadreId() + "\\.pdf");
                assertThat(document.mediaType()).isEqualTo("application/pdf");
                assertThat(document.sha256()).matches("[0-9a-f]{64}");
            });
            assertThat(planned.proposal().dossier().getFirst().name()).startsWith("To-trinh-");
        });
        assertThat(TERM.cases().stream().flatMap(planned -> planned.proposal().dossier().stream())
                .map(Proposal.Document::sha256)).doesNotHaveDuplicates();
    }

    @Test
    void namesLookVietnameseAndNguyenIsTheCommonestFamilyName() {
        List<String> names = TERM.cases().stream().map(planned -> planned.proposal().subject().fullName()).toList();

        assertThat(names).doesNotHaveDuplicates().allSatisfy(name -> {
            assertThat(name.split(" ")).hasSizeBetween(3, 4);
            assertThat(FAMILY_NAMES).contains(name.split(" ")[0]);
            assertThat(name).matches(".*[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐ].*");
        });
        Map<String, Long> families = names.stream().collect(Collectors.groupingBy(name -> name.split(" ")[0],
                Collectors.counting()));
        assertThat(families.get("Nguyễn")).isBetween(55L, 110L);
        assertThat(families.keySet()).hasSizeGreaterThan(10);
        assertThat(TERM.cases()).extracting(PlannedCase::cadreId).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("CB-\\d{4}"));
    }

    @Test
    void theStandingCommitteeHasSevenMembersWhoFollowEveryUnitOfTheTerm() {
        assertThat(TERM.roster()).extracting(TermPlan.Member::memberId, TermPlan.Member::username)
                .containsExactly(tuple("UV-01", "uv01"), tuple("UV-02", "uv02"), tuple("UV-03", "uv03"),
                        tuple("UV-04", "uv04"), tuple("UV-05", "uv05"), tuple("UV-06", "uv06"),
                        tuple("UV-07", "uv07"));
        assertThat(TERM.roster()).extracting(TermPlan.Member::title)
                .allMatch(title -> title.startsWith("Bí thư") || title.startsWith("Phó Bí thư")
                        || title.startsWith("Ủy viên Ban Thường vụ"));
        assertThat(TERM.cases()).allSatisfy(planned -> {
            String unit = planned.proposal().position().unitCode();
            assertThat(TERM.assignedMember(unit)).as("member following %s", unit).isNotNull();
            planned.rounds().stream().filter(round -> round.review() != null).forEach(round -> assertThat(
                    round.review().memberId()).isEqualTo(TERM.assignedMember(unit).memberId()));
        });
    }

    @Test
    void theSameSeedGivesTheSameTerm() {
        assertThat(DemoTerm.plan()).isEqualTo(TERM);
        assertThat(DemoTerm.plan(7).cases()).isNotEqualTo(TERM.cases());
    }

    private static LocalDate lastWord(PlannedCase planned) {
        return planned.rounds().stream().map(Round::opinion).filter(Objects::nonNull)
                .map(opinion -> opinion.meeting().date()).reduce((first, second) -> second)
                .orElseGet(() -> REGULATION.responseDueDate(planned.proposal().kind(), planned.requestDate()));
    }

    private static List<PlannedCase> cases(Predicate<PlannedCase> which) {
        return TERM.cases().stream().filter(which).toList();
    }

    private static Map<ActionKind, Long> countByKind(List<PlannedCase> cases) {
        return cases.stream().collect(Collectors.groupingBy(planned -> planned.proposal().kind(),
                Collectors.counting()));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.api.Assertions.tuple(values);
    }
}
