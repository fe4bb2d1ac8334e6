package vn.phoihop.executiveboard.consultations.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import vn.phoihop.events.ActionKind;
import vn.phoihop.events.Cadre;
import vn.phoihop.events.CaseWithdrawn;
import vn.phoihop.events.ConsultationOverdue;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.DecisionMeetingRecorded;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.Position;
import vn.phoihop.events.PositionTier;
import vn.phoihop.events.SilenceRule;
import vn.phoihop.executiveboard.consultations.application.CloseConsultationHandler;
import vn.phoihop.executiveboard.consultations.application.ConsultationNotFound;
import vn.phoihop.executiveboard.consultations.application.FlagOverdue;
import vn.phoihop.executiveboard.consultations.application.FlagOverdueHandler;
import vn.phoihop.executiveboard.consultations.application.ReceiveConsultation;
import vn.phoihop.executiveboard.consultations.application.ReceiveConsultationHandler;
import vn.phoihop.executiveboard.consultations.application.ReceiveInformationHandler;
import vn.phoihop.executiveboard.consultations.application.WithdrawConsultationHandler;
import vn.phoihop.messaging.RejectedEventException;
import vn.phoihop.regulation.RegulationKey;

class CadreBoardEventsTest {

    private static final String CASE_ID = "6f1c1b8e-2a7e-4a5b-9a59-3c1f8a0c0001";

    private final ReceiveConsultationHandler receive = mock(ReceiveConsultationHandler.class);

    private final WithdrawConsultationHandler withdraw = mock(WithdrawConsultationHandler.class);

    private final FlagOverdueHandler flagOverdue = mock(FlagOverdueHandler.class);

    private final CadreBoardEvents events = new CadreBoardEvents(receive, mock(ReceiveInformationHandler.class),
            withdraw, mock(CloseConsultationHandler.class), flagOverdue);

    private final Envelope envelope = Envelope.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setCaseId(CASE_ID)
        .setSequence(1)
        .setOccurredAt(Instant.parse("2026-11-20T02:00:00Z"))
        .setProducer("cadre-board")
        .setRegulationVersion("2013.1")
        .build();

    @Test
    void aRequestRunsUnderTheRegulationIdOfItsBodyAndTheVersionOfItsEnvelope() {
        events.handle(requested(ActionKind.REAPPOINTMENT), envelope);

        ArgumentCaptor<ReceiveConsultation> command = ArgumentCaptor.forClass(ReceiveConsultation.class);
        then(receive).should().handle(command.capture());
        var request = command.getValue().request();
        assertThat(request.regulation()).isEqualTo(new RegulationKey("296-QC/BCSĐ-ĐUBKH", "2013.1"));
        assertThat(request.requestEventId()).hasToString(envelope.getEventId());
        assertThat(request.proposal().kind()).isEqualTo(vn.phoihop.regulation.ActionKind.REAPPOINTMENT);
        assertThat(request.unitCode()).as("the current position when the case leads to none").isEqualTo("VU-KH");
    }

    @Test
    void aDisciplinaryCaseShowsTheCommitteeTheProposedMeasure() {
        ConsultationRequested discipline = ConsultationRequested.newBuilder(requested(ActionKind.DISCIPLINE))
            .setDisciplineMeasure(vn.phoihop.events.DisciplineMeasure.WARNING)
            .build();

        events.handle(discipline, envelope);

        ArgumentCaptor<ReceiveConsultation> command = ArgumentCaptor.forClass(ReceiveConsultation.class);
        then(receive).should().handle(command.capture());
        assertThat(command.getValue().request().proposal().disciplineMeasure()).isEqualTo("WARNING");
    }

    @Test
    void aKindThisBoardDoesNotKnowIsPassedOnAsNoneForTheDomainToRefuse() {
        events.handle(requested(ActionKind.UNKNOWN), envelope);

        ArgumentCaptor<ReceiveConsultation> command = ArgumentCaptor.forClass(ReceiveConsultation.class);
        then(receive).should().handle(command.capture());
        assertThat(command.getValue().request().proposal().kind()).isNull();
    }

    @Test
    void anEventOnACaseThisBoardDoesNotHaveIsDeadLetteredWithTheReason() {
        willThrow(new ConsultationNotFound(UUID.fromString(CASE_ID))).given(withdraw).handle(any());

        assertThatThrownBy(() -> events.handle(new CaseWithdrawn(envelope, CASE_ID, 1, "Rút đề xuất",
                Instant.parse("2026-11-21T02:00:00Z")), envelope))
            .isInstanceOf(RejectedEventException.class)
            .hasMessage("No consultation on case " + CASE_ID + ".");
    }

    @Test
    void anOverdueNoticeFlagsTheVersionItConcerns() {
        events.handle(new ConsultationOverdue(envelope, CASE_ID, 2, LocalDate.of(2026, 12, 4),
                LocalDate.of(2026, 12, 7), SilenceRule.CONSENT, true), envelope);

        then(flagOverdue).should().handle(new FlagOverdue(UUID.fromString(CASE_ID), 2, true));
    }

    @Test
    void theCadreBoardsOwnDecisionMeetingAsksNothingOfThisBoard() {
        events.handle(new DecisionMeetingRecorded(envelope, CASE_ID, 1, LocalDate.of(2026, 12, 10), 9, 8, 7, 1, 0),
                envelope);

        verifyNoInteractions(receive, withdraw, flagOverdue);
    }

    private ConsultationRequested requested(ActionKind kind) {
        return ConsultationRequested.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(CASE_ID)
            .setProposalVersion(1)
            .setActionKind(kind)
            .setSubject(new Cadre("CB-0001", "Nguyễn Văn An"))
            .setCurrentPosition(new Position("Vụ trưởng", "VU-KH", "Vụ Kế hoạch", PositionTier.DEPARTMENT_HEAD))
            .setRationale("Hết nhiệm kỳ")
            .setRegulationId("296-QC/BCSĐ-ĐUBKH")
            .setDossier(List.of())
            .setResponseDueDate(LocalDate.of(2026, 12, 4))
            .build();
    }

}
