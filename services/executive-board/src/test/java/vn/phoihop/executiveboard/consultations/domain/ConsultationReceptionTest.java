package vn.phoihop.executiveboard.consultations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.CASE_ID;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.REGULATIONS;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.ROSTER;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.head;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.request;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.phoihop.executiveboard.committee.domain.RosterFixtures;
import vn.phoihop.regulation.RegulationKey;

class ConsultationReceptionTest {

    @Test
    void routesARequestToTheMemberWhoFollowsTheUnitOfTheTargetPosition() {
        RequestedConsultation request = request().positions(head(RosterFixtures.KH), head(RosterFixtures.TCCB))
            .build();

        Opened opened = Consultation.open(request, REGULATIONS, ROSTER);

        assertThat(opened.event()).isEqualTo(new ConsultationReceived(CASE_ID, 1, "2013.1", 1, "UV-03",
                RosterFixtures.TCCB, ConsultationFixtures.DUE, request.requestEventId()));
        assertThat(opened.consultation().status()).isEqualTo(ConsultationStatus.PENDING);
        assertThat(opened.consultation().state().assignedMemberId()).isEqualTo("UV-03");
    }

    @Test
    void routesByTheCurrentPositionWhenTheCaseLeadsToNone() {
        Opened opened = Consultation.open(request().positions(head(RosterFixtures.KH), null).build(), REGULATIONS,
                ROSTER);

        assertThat(opened.event()).isInstanceOfSatisfying(ConsultationReceived.class,
                received -> assertThat(received.assignedMemberId()).isEqualTo("UV-05"));
    }

    @Test
    void receivesARequestForAUnitNobodyFollowsWithoutAMember() {
        Opened opened = Consultation.open(request().positions(null, head(RosterFixtures.UNFOLLOWED)).build(),
                REGULATIONS, ROSTER);

        assertThat(opened.event()).isInstanceOfSatisfying(ConsultationReceived.class, received -> {
            assertThat(received.assignedMemberId()).isNull();
            assertThat(received.unitCode()).isEqualTo(RosterFixtures.UNFOLLOWED);
        });
    }

    @Test
    void aConsultationWaitingForAMemberGetsTheOneLaterAssignedToItsUnit() {
        Consultation consultation = Consultation
            .open(request().positions(null, head(RosterFixtures.UNFOLLOWED)).build(), REGULATIONS, ROSTER)
            .consultation();

        assertThat(consultation.routeTo(RosterFixtures.KH, "UV-05")).isEmpty();
        assertThat(consultation.routeTo(RosterFixtures.UNFOLLOWED, "UV-07")).hasValueSatisfying(received -> {
            assertThat(received.assignedMemberId()).isEqualTo("UV-07");
            assertThat(received.sequence()).isEqualTo(2);
        });
        assertThat(consultation.routeTo(RosterFixtures.UNFOLLOWED, "UV-01")).as("already routed").isEmpty();
    }

    @Test
    void aRefusedConsultationIsClosedByADecisionTakenOnSilenceBeforeTheRefusalArrived() {
        RequestedConsultation request = request().regulation(new RegulationKey("296-QC/BCSĐ-ĐUBKH", "1999.9"))
            .build();
        Consultation refused = Consultation.open(request, REGULATIONS, ROSTER).consultation();

        refused.close(Closure.decision(LocalDate.of(2027, 1, 1), "APPROVED", "123-QĐ/BCSĐ", null));

        assertThat(refused.status()).isEqualTo(ConsultationStatus.CLOSED);
    }

    @Test
    void refusesARequestUnderARegulationVersionThisBoardDoesNotKnow() {
        RequestedConsultation request = request().regulation(new RegulationKey("296-QC/BCSĐ-ĐUBKH", "1999.9"))
            .build();

        Opened opened = Consultation.open(request, REGULATIONS, ROSTER);

        assertThat(opened.consultation().status()).isEqualTo(ConsultationStatus.REFUSED);
        assertThat(opened.event()).isInstanceOfSatisfying(ConsultationRefused.class, refused -> {
            assertThat(refused.refusal().rule()).isEqualTo("regulation-known");
            assertThat(refused.refusal().reason()).isEqualTo("Regulation 296-QC/BCSĐ-ĐUBKH version 1999.9 is not "
                    + "known to the executive-board; it knows [296-QC/BCSĐ-ĐUBKH version 2013.1].");
            assertThat(refused.requestEventId()).isEqualTo(request.requestEventId());
            assertThat(refused.regulationVersion()).isEqualTo("1999.9");
        });
    }

    @Test
    void refusesARequestForAnActionKindItsRegulationDoesNotHave() {
        Opened opened = Consultation.open(request().kind(null).build(), REGULATIONS, ROSTER);

        assertThat(opened.event()).isInstanceOfSatisfying(ConsultationRefused.class,
                refused -> assertThat(refused.refusal().rule()).isEqualTo("regulation-known"));
    }

    @Test
    void anAmendmentRestartsReviewAndMeetingReroutesAndTakesTheNewDueDate() {
        Consultation consultation = ConsultationFixtures.reviewed();
        consultation.issueOpinion(ConsultationFixtures.agreed(), ROSTER, REGULATIONS, ConsultationFixtures.NOW);
        LocalDate newDue = LocalDate.of(2026, 12, 18);

        ConsultationEvent event = consultation.requestAgain(
                request().version(2).positions(null, head(RosterFixtures.KH)).due(newDue).build(), REGULATIONS,
                ROSTER);

        assertThat(event).isInstanceOfSatisfying(ConsultationReceived.class, received -> {
            assertThat(received.proposalVersion()).isEqualTo(2);
            assertThat(received.assignedMemberId()).isEqualTo("UV-05");
            assertThat(received.dueDate()).isEqualTo(newDue);
            assertThat(received.sequence()).isEqualTo(4);
        });
        ConsultationState state = consultation.state();
        assertThat(state.status()).isEqualTo(ConsultationStatus.PENDING);
        assertThat(state.review()).isNull();
        assertThat(state.opinion()).isNull();
    }

    @Test
    void refusesARequestOnTheSameOrAnOlderProposalVersion() {
        Consultation consultation = Consultation.open(request().version(2).build(), REGULATIONS, ROSTER)
            .consultation();

        assertThatThrownBy(() -> consultation.requestAgain(request().version(2).build(), REGULATIONS, ROSTER))
            .isInstanceOf(ConsultationConflict.class)
            .extracting("rule")
            .isEqualTo("consultation-per-version");
        assertThatThrownBy(() -> consultation.requestAgain(request().version(1).build(), REGULATIONS, ROSTER))
            .isInstanceOf(ConsultationConflict.class);
    }

    @Test
    void anAmendmentOfARefusedRequestIsCheckedAgain() {
        Consultation refused = Consultation
            .open(request().regulation(new RegulationKey("296-QC/BCSĐ-ĐUBKH", "1999.9")).build(), REGULATIONS, ROSTER)
            .consultation();

        ConsultationEvent event = refused.requestAgain(request().version(2).build(), REGULATIONS, ROSTER);

        assertThat(event).isInstanceOf(ConsultationReceived.class);
        assertThat(refused.state().refusal()).isNull();
        assertThat(refused.status()).isEqualTo(ConsultationStatus.PENDING);
    }

}
