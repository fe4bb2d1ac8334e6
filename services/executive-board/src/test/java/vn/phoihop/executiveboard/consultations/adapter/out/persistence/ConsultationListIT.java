package vn.phoihop.executiveboard.consultations.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.executiveboard.RealServersTest;
import vn.phoihop.executiveboard.committee.domain.RosterFixtures;
import vn.phoihop.executiveboard.consultations.application.ConsultationFilter;
import vn.phoihop.executiveboard.consultations.application.Consultations;
import vn.phoihop.executiveboard.consultations.domain.BallotTally;
import vn.phoihop.executiveboard.consultations.domain.Closure;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.ConsultationFixtures;
import vn.phoihop.executiveboard.consultations.domain.ConsultationStatus;
import vn.phoihop.executiveboard.consultations.domain.MeetingMinutes;
import vn.phoihop.executiveboard.consultations.domain.OpinionDraft;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;
import vn.phoihop.executiveboard.consultations.domain.Recusal;
import vn.phoihop.executiveboard.consultations.domain.RecusalReason;
import vn.phoihop.executiveboard.consultations.domain.RequestedConsultation;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageRequest;
import vn.phoihop.regulation.ActionKind;

/** The lists' orders and filters, and a consultation's round trip through its row, on PostgreSQL. */
class ConsultationListIT extends RealServersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static final PageRequest FIRST_PAGE = new PageRequest(0, 10);

    @Autowired
    Consultations consultations;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void listsPendingConsultationsFirstAndTheSoonestDueFirst() {
        String unit = unit();
        UUID later = add(pending(unit, LocalDate.of(2026, 12, 20)));
        UUID sooner = add(pending(unit, LocalDate.of(2026, 12, 10)));
        UUID answered = add(answered(unit, LocalDate.of(2026, 12, 5)));

        Page<Consultation> page = consultations.list(byUnit(unit, null), TODAY, FIRST_PAGE);

        assertThat(page.items()).extracting(c -> c.request().caseId()).containsExactly(sooner, later, answered);
        assertThat(page.totalItems()).isEqualTo(3);
    }

    @Test
    void theInboxPutsTheOverdueFirstThenTheSoonestDueAndKeepsTheAnsweredApart() {
        String unit = unit();
        UUID later = add(pending(unit, TODAY.plusDays(10)));
        UUID soon = add(pending(unit, TODAY.plusDays(3)));
        Consultation flagged = pending(unit, TODAY.plusDays(5));
        flagged.flagOverdue(1, false);
        UUID flaggedId = add(flagged);
        UUID pastDue = add(pending(unit, TODAY.minusDays(1)));
        UUID answered = add(answered(unit, TODAY.minusDays(3)));

        assertThat(consultations.inbox(inbox(unit, true), TODAY, FIRST_PAGE).items())
            .extracting(c -> c.request().caseId())
            .containsExactly(pastDue, flaggedId, soon, later);
        assertThat(consultations.inbox(inbox(unit, false), TODAY, FIRST_PAGE).items())
            .extracting(c -> c.request().caseId())
            .containsExactly(answered);
        assertThat(consultations.inbox(inbox(unit, true), TODAY, new PageRequest(1, 3)).items())
            .extracting(c -> c.request().caseId())
            .containsExactly(later);
    }

    @Test
    void overdueMeansStillPendingAfterTheDueDateOrFlaggedByTheCadreBoard() {
        String unit = unit();
        UUID pastDue = add(pending(unit, TODAY.minusDays(1)));
        UUID dueToday = add(pending(unit, TODAY));
        Consultation flagged = pending(unit, TODAY.plusDays(5));
        flagged.flagOverdue(1, false);
        UUID flaggedId = add(flagged);
        add(answered(unit, TODAY.minusDays(3)));

        assertThat(consultations.list(byUnit(unit, true), TODAY, FIRST_PAGE).items())
            .extracting(c -> c.request().caseId())
            .containsExactlyInAnyOrder(pastDue, flaggedId);
        assertThat(consultations.list(byUnit(unit, false), TODAY, FIRST_PAGE).items())
            .extracting(c -> c.request().caseId())
            .contains(dueToday)
            .doesNotContain(pastDue, flaggedId);
    }

    @Test
    void filtersByStatusKindAndMemberAndPages() {
        String unit = unit();
        for (int i = 0; i < 3; i++) {
            add(pending(unit, TODAY.plusDays(i)));
        }
        add(answered(unit, TODAY));

        Page<Consultation> second = consultations.list(new ConsultationFilter(ConsultationStatus.PENDING,
                ActionKind.APPOINTMENT, unit, null, null, null), TODAY, new PageRequest(1, 2));

        assertThat(second.items()).hasSize(1);
        assertThat(second.totalItems()).isEqualTo(3);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(consultations.list(new ConsultationFilter(null, ActionKind.DISMISSAL, unit, null, null, null),
                TODAY, FIRST_PAGE).totalItems()).isZero();
        assertThat(consultations.list(new ConsultationFilter(null, null, unit, null, "UV-03", null), TODAY, FIRST_PAGE)
            .totalItems()).as("nobody follows the test's unit").isZero();
    }

    @Test
    void aConsultationComesBackAsItWasStored() {
        Consultation consultation = answered(unit(), TODAY);
        consultation.close(Closure.decision(LocalDate.of(2027, 1, 1), "APPROVED", "123-QĐ/BCSĐ", null));
        UUID caseId = add(consultation);

        assertThat(consultations.find(caseId)).hasValueSatisfying(
                found -> assertThat(found.state()).isEqualTo(consultation.state()));
    }

    private UUID add(Consultation consultation) {
        transactions.executeWithoutResult(status -> consultations.add(consultation));
        return consultation.request().caseId();
    }

    private static String unit() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ConsultationFilter inbox(String unit, boolean open) {
        return new ConsultationFilter(null, null, unit, null, null, open);
    }

    private static ConsultationFilter byUnit(String unit, Boolean overdue) {
        return new ConsultationFilter(null, null, unit, overdue, null, null);
    }

    private static Consultation pending(String unit, LocalDate due) {
        RequestedConsultation request = ConsultationFixtures.request()
            .positions(null, ConsultationFixtures.head(unit))
            .due(due)
            .build();
        RequestedConsultation ofItsOwnCase = new RequestedConsultation(UUID.randomUUID(), request.requestEventId(),
                1, request.proposal(), request.regulation(), request.requestDate(), due);
        return Consultation.open(ofItsOwnCase, ConsultationFixtures.REGULATIONS, ConsultationFixtures.ROSTER)
            .consultation();
    }

    /** Assigned, reviewed and answered by a meeting with a recusal, so every part of the state is stored. */
    private static Consultation answered(String unit, LocalDate due) {
        Consultation consultation = pending(unit, due);
        consultation.routeTo(unit, "UV-01");
        consultation.recordReview(Optional.of("UV-01"), OpinionOutcome.AGREE, "Đủ tiêu chuẩn", TODAY.minusDays(2));
        consultation.reviewPublishedAs(UUID.randomUUID());
        MeetingMinutes minutes = new MeetingMinutes(TODAY.minusDays(1), ConsultationFixtures.members(7),
                ConsultationFixtures.members(6), List.of(new Recusal("UV-02", RecusalReason.DECLARED_CONFLICT)),
                new BallotTally(4, 1, 0, 0));
        consultation.issueOpinion(new OpinionDraft(null, OpinionOutcome.AGREE, null, List.of(), minutes),
                RosterFixtures.roster(), ConsultationFixtures.REGULATIONS, ConsultationFixtures.NOW);
        return consultation;
    }

}
