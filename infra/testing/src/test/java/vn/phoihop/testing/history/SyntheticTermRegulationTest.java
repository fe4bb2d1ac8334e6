package vn.phoihop.testing.history;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.testing.history.TermFixture.published;
import static vn.phoihop.testing.history.TermFixture.term;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.phoihop.events.ActionKind;
import vn.phoihop.events.ConsultationReceived;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.DecidingAuthority;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.DecisionMeetingRecorded;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.Meeting;
import vn.phoihop.events.MemberReviewRecorded;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.events.Position;
import vn.phoihop.regulation.ActionRules;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.file.RegulationLibrary;
import vn.phoihop.testing.history.TermFixture.Published;

/** Every cycle of the term is one the regulation allows and the boards would have recorded. */
class SyntheticTermRegulationTest {

    private static final Regulation REGULATION = RegulationLibrary.defaults("test").require("296-QC/BCSĐ-ĐUBKH",
            "2013.1");

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Collection<List<Published>> CASES = published(term(296, 500, 1_000)).stream()
        .filter(published -> published.record().isEvent())
        .collect(Collectors.groupingBy(published -> published.envelope().getCaseId(), LinkedHashMap::new,
                Collectors.toList()))
        .values();

    @Test
    void asksUnderTheRegulationWithItsStepsSilenceRuleAndDeadline() {
        assertThat(CASES).allSatisfy(events -> {
            ConsultationRequested request = events.get(0).event(ConsultationRequested.class);
            ActionRules rules = rulesFor(request.getActionKind());
            assertThat(request.getEnvelope().getRegulationVersion()).isEqualTo("2013.1");
            assertThat(request.getRegulationId()).isEqualTo(REGULATION.id());
            assertThat(request.getRequestDate()).isEqualTo(dateOf(events.get(0)));
            assertThat(request.getResponseDueDate())
                .isEqualTo(REGULATION.responseDueDate(rules.kind(), request.getRequestDate()));
            assertThat(request.getSteps()).map(Enum::name)
                .isEqualTo(rules.consultation().steps().stream().map(Enum::name).toList());
            assertThat(request.getSilenceRule().name()).isEqualTo(rules.consultation().silence().name());
            assertThat(request.getProposalVersion()).isEqualTo(1);
            assertThat(request.getRationale().length()).isBetween(200, 800);
            assertThat(request.getDossier()).isNotEmpty();
        });
    }

    @Test
    void proposesOnlyWhatTheCadreBoardDecidesWithTheFieldsEachKindNeeds() {
        assertThat(CASES).allSatisfy(events -> {
            ConsultationRequested request = events.get(0).event(ConsultationRequested.class);
            Position decisive = request.getTargetPosition() != null ? request.getTargetPosition()
                    : request.getCurrentPosition();
            assertThat(rulesFor(request.getActionKind())
                .authorityFor(vn.phoihop.regulation.PositionTier.valueOf(decisive.getTier().name())))
                .isEqualTo(vn.phoihop.regulation.DecidingAuthority.CADRE_BOARD);
            assertThat(request.getProposedEffectiveDate()).isAfter(request.getResponseDueDate());
            switch (request.getActionKind()) {
                case APPOINTMENT, RECEPTION_AND_APPOINTMENT -> assertThat(request.getCurrentPosition()).isNull();
                case REAPPOINTMENT -> assertThat(request.getTargetPosition()).isEqualTo(request.getCurrentPosition());
                case TENURE_EXTENSION -> assertThat(request.getTargetPosition()).isNull();
                default -> assertThat(request.getTargetPosition().getUnitCode())
                    .isNotEqualTo(request.getCurrentPosition().getUnitCode());
            }
            if (request.getActionKind() == ActionKind.TRANSFER) {
                assertThat(request.getTermYears()).isNull();
            }
            else {
                assertThat(request.getTermYears()).isBetween(1, 5);
            }
        });
        assertThat(CASES.stream().map(events -> events.get(0).event(ConsultationRequested.class).getActionKind()))
            .contains(ActionKind.APPOINTMENT, ActionKind.REAPPOINTMENT, ActionKind.TRANSFER_AND_APPOINTMENT);
    }

    @Test
    void theAssignedMemberReviewsAndAQuorateMeetingAdoptsTheOpinionInTime() {
        assertThat(CASES).allSatisfy(events -> {
            ConsultationRequested request = events.get(0).event(ConsultationRequested.class);
            ConsultationReceived received = events.get(1).event(ConsultationReceived.class);
            MemberReviewRecorded review = events.get(2).event(MemberReviewRecorded.class);
            OpinionIssued opinion = events.get(3).event(OpinionIssued.class);
            Meeting meeting = opinion.getMeeting();
            var rules = rulesFor(request.getActionKind()).meeting();
            assertThat(received.getRequestEventId()).isEqualTo(request.getEnvelope().getEventId());
            assertThat(received.getDueDate()).isEqualTo(request.getResponseDueDate());
            assertThat(review.getMemberId()).isEqualTo(received.getAssignedMemberId());
            assertThat(review.getReviewedOn()).isEqualTo(dateOf(events.get(2))).isBefore(meeting.getMeetingDate());
            assertThat(opinion.getReviewEventId()).isEqualTo(review.getEnvelope().getEventId());
            assertThat(opinion.getOutcome()).isEqualTo(OpinionOutcome.AGREE);
            assertThat(meeting.getMeetingDate()).isEqualTo(dateOf(events.get(3)))
                .isBeforeOrEqualTo(request.getResponseDueDate());
            assertThat(opinion.getLate()).isFalse();
            assertThat(meeting.getSummoned()).isEqualTo(meeting.getSummonedMemberIds().size());
            assertThat(meeting.getPresent()).isEqualTo(meeting.getPresentMemberIds().size());
            assertThat(Set.copyOf(meeting.getSummonedMemberIds())).containsAll(meeting.getPresentMemberIds())
                .hasSize(meeting.getMembersTotal());
            assertThat(meeting.getPresentMemberIds()).contains(review.getMemberId());
            assertThat(rules.quorate(meeting.getPresent(), meeting.getSummoned())).isTrue();
            assertThat(rules.adopted(meeting.getTally().getAgree(), meeting.getMembersTotal(), meeting.getPresent()))
                .isTrue();
            var tally = meeting.getTally();
            assertThat(tally.getAgree() + tally.getDisagree() + tally.getAbstain() + tally.getInvalid())
                .isLessThanOrEqualTo(meeting.getPresent() - meeting.getRecused());
        });
    }

    @Test
    void theCadreBoardMeetsAndApprovesOnThatOpinion() {
        assertThat(CASES).allSatisfy(events -> {
            OpinionIssued opinion = events.get(3).event(OpinionIssued.class);
            DecisionMeetingRecorded meeting = events.get(4).event(DecisionMeetingRecorded.class);
            DecisionFinalised decision = events.get(5).event(DecisionFinalised.class);
            assertThat(meeting.getMeetingDate()).isEqualTo(dateOf(events.get(4)))
                .isAfter(opinion.getMeeting().getMeetingDate());
            assertThat(2 * meeting.getInFavour()).isGreaterThan(meeting.getMembersTotal());
            assertThat(meeting.getInFavour() + meeting.getAgainst() + meeting.getAbstain())
                .isLessThanOrEqualTo(meeting.getPresent());
            assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.APPROVED);
            assertThat(decision.getAuthority()).isEqualTo(DecidingAuthority.CADRE_BOARD);
            assertThat(decision.getOpinionEventId()).isEqualTo(opinion.getEnvelope().getEventId());
            assertThat(decision.getDecisionMeetingEventId()).isEqualTo(meeting.getEnvelope().getEventId());
            assertThat(decision.getContraryToOpinion()).isFalse();
            assertThat(decision.getDecisionNumber()).endsWith("/QĐ-BKHĐT");
            assertThat(decision.getEffectiveDate()).isAfter(dateOf(events.get(5)));
        });
    }

    @Test
    void eachBoardActsOnlyAfterTheOtherBoardsEventReachedTheBroker() {
        assertThat(CASES).allSatisfy(events -> {
            assertThat(events.get(1).envelope().getOccurredAt()).isAfter(events.get(0).record().timestamp());
            assertThat(events.get(4).envelope().getOccurredAt()).isAfter(events.get(3).record().timestamp());
        });
    }

    private static ActionRules rulesFor(ActionKind kind) {
        return REGULATION.rulesFor(vn.phoihop.regulation.ActionKind.valueOf(kind.name()));
    }

    private static LocalDate dateOf(Published event) {
        return LocalDate.ofInstant(event.envelope().getOccurredAt(), HANOI);
    }
}
