package vn.phoihop.executiveboard.consultations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.DUE;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.MEETING_DAY;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.NOW;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.REGULATIONS;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.ROSTER;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.agreed;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.meeting;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.pending;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.request;
import static vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures.reviewed;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.phoihop.regulation.RegulationKey;

/** What the cadre board's events do to a consultation: information, withdrawal, decision, overdue. */
class ConsultationLifecycleTest {

    private static final List<String> QUESTIONS = List.of("Kết quả lấy phiếu tín nhiệm?");

    private static final LocalDate NEW_DUE = LocalDate.of(2026, 12, 18);

    @Test
    void aRequestForInformationWaitsForTheAnswersThenTheCommitteeConcludesOnTheSameVersion() {
        Consultation consultation = reviewed();
        OpinionDraft asking = new OpinionDraft(null, OpinionOutcome.REQUEST_INFORMATION, null, QUESTIONS,
                meeting(6, new BallotTally(0, 0, 0, 0)));
        consultation.issueOpinion(asking, ROSTER, REGULATIONS, NOW);
        assertThat(consultation.status()).isEqualTo(ConsultationStatus.INFORMATION_REQUESTED);
        assertThatThrownBy(() -> consultation.issueOpinion(agreed(), ROSTER, REGULATIONS, NOW))
            .isInstanceOf(ConsultationConflict.class)
            .hasMessageContaining("its next opinion on this version waits for the answers");

        consultation.supplyInformation(new SuppliedInformation(1, List.of("95% tín nhiệm"), List.of(),
                LocalDate.of(2026, 12, 1), NEW_DUE));

        ConsultationState state = consultation.state();
        assertThat(state.status()).isEqualTo(ConsultationStatus.PENDING);
        assertThat(state.request().dueDate()).isEqualTo(NEW_DUE);
        assertThat(state.information()).singleElement().satisfies(exchange -> {
            assertThat(exchange.questions()).isEqualTo(QUESTIONS);
            assertThat(exchange.answers()).containsExactly("95% tín nhiệm");
            assertThat(exchange.askedOn()).isEqualTo(MEETING_DAY);
        });
        assertThat(consultation.issueOpinion(agreed(), ROSTER, REGULATIONS, NOW).opinion().proposalVersion())
            .isEqualTo(1);
    }

    @Test
    void refusesInformationNobodyAskedFor() {
        Consultation consultation = pending();

        assertThatThrownBy(() -> consultation.supplyInformation(new SuppliedInformation(1, List.of("a"), List.of(),
                MEETING_DAY, NEW_DUE)))
            .isInstanceOf(ConsultationConflict.class)
            .extracting("rule")
            .isEqualTo("information-requested");
    }

    @Test
    void aWithdrawnConsultationTakesNoReviewOrOpinion() {
        Consultation consultation = reviewed();
        consultation.withdraw(Closure.withdrawal(MEETING_DAY, "Cán bộ xin thôi"));

        assertThat(consultation.status()).isEqualTo(ConsultationStatus.WITHDRAWN);
        assertThatThrownBy(() -> consultation.issueOpinion(agreed(), ROSTER, REGULATIONS, NOW))
            .isInstanceOf(ConsultationConflict.class)
            .extracting("rule")
            .isEqualTo("consultation-open");
        assertThatThrownBy(() -> consultation.recordReview(Optional.of("UV-03"), OpinionOutcome.AGREE, "n",
                MEETING_DAY))
            .isInstanceOf(ConsultationConflict.class)
            .extracting("rule")
            .isEqualTo("consultation-open");
        assertThatThrownBy(() -> consultation.requestAgain(request().version(2).build(), REGULATIONS, ROSTER))
            .isInstanceOf(ConsultationConflict.class)
            .extracting("rule")
            .isEqualTo("consultation-open");
    }

    @Test
    void aClosedConsultationTakesNoOpinion() {
        Consultation consultation = reviewed();
        consultation.issueOpinion(agreed(), ROSTER, REGULATIONS, NOW);
        consultation.close(Closure.decision(LocalDate.of(2027, 1, 1), "APPROVED", "123-QĐ/BCSĐ", null));

        assertThat(consultation.state().closure().outcome()).isEqualTo("APPROVED");
        assertThatThrownBy(() -> consultation.issueOpinion(agreed(), ROSTER, REGULATIONS, NOW))
            .isInstanceOf(ConsultationConflict.class)
            .extracting("rule")
            .isEqualTo("consultation-open");
        assertThatThrownBy(() -> consultation.close(Closure.decision(null, "REJECTED", null, null)))
            .isInstanceOf(ConsultationConflict.class);
    }

    @Test
    void aHigherAuthoritysDecisionFollowsAnUpwardSubmission() {
        Consultation consultation = reviewed();
        consultation.issueOpinion(agreed(), ROSTER, REGULATIONS, NOW);
        consultation.close(Closure.upwardSubmission(MEETING_DAY, "45-TTr/BCSĐ", "Thủ tướng Chính phủ"));

        consultation.close(Closure.decision(LocalDate.of(2027, 2, 1), "APPROVED", "99/QĐ-TTg", "Thủ tướng Chính phủ"));

        assertThat(consultation.state().closure().by()).isEqualTo(ClosedBy.DECISION);
        assertThat(consultation.status()).isEqualTo(ConsultationStatus.CLOSED);
    }

    @Test
    void aRefusedConsultationTakesNoOpinionButMayBeWithdrawn() {
        Consultation refused = Consultation
            .open(request().regulation(new RegulationKey("296-QC/BCSĐ-ĐUBKH", "1999.9")).build(), REGULATIONS, ROSTER)
            .consultation();

        assertThatThrownBy(() -> refused.issueOpinion(agreed(), ROSTER, REGULATIONS, NOW))
            .isInstanceOf(ConsultationConflict.class)
            .extracting("rule")
            .isEqualTo("consultation-open");
        refused.withdraw(Closure.withdrawal(MEETING_DAY, "Sai phiên bản quy chế"));
        assertThat(refused.status()).isEqualTo(ConsultationStatus.WITHDRAWN);
    }

    @Test
    void aPendingConsultationIsOverdueAfterItsDueDateOrWhenTheCadreBoardSaysSo() {
        Consultation consultation = pending();

        assertThat(consultation.overdueOn(DUE)).isFalse();
        assertThat(consultation.overdueOn(DUE.plusDays(1))).isTrue();

        consultation.flagOverdue(1, true);

        assertThat(consultation.overdueOn(DUE)).isTrue();
        assertThat(consultation.state().deemedConsent()).isTrue();
    }

    @Test
    void refusesAnOverdueNoticeOnAVersionWhoseRequestHasNotArrivedSoItIsNotLost() {
        Consultation consultation = reviewed();

        assertThatThrownBy(() -> consultation.flagOverdue(2, true)).isInstanceOf(ConsultationConflict.class)
            .extracting("rule")
            .isEqualTo("consultation-per-version");
        assertThat(consultation.state().overdueFlagged()).isFalse();
    }

    @Test
    void aLateOpinionEndsTheOverdue() {
        Consultation consultation = reviewed();

        consultation.flagOverdue(1, false);
        consultation.issueOpinion(agreed(), ROSTER, REGULATIONS, NOW);

        assertThat(consultation.overdueOn(DUE.plusDays(30))).isFalse();
    }

}
