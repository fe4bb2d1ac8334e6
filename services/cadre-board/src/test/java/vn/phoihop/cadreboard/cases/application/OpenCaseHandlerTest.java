package vn.phoihop.cadreboard.cases.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import vn.phoihop.cadreboard.cases.WebFixtures;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;
import vn.phoihop.regulation.PositionTier;
import vn.phoihop.regulation.RegulationKey;
import vn.phoihop.regulation.UnknownRegulation;

class OpenCaseHandlerTest {

    private final PersonnelCases cases = mock(PersonnelCases.class);

    private final CaseHistory history = mock(CaseHistory.class);

    private final OpenCaseHandler handler = new OpenCaseHandler(cases, WebFixtures.REGULATIONS, history,
            new BoardClock(Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"))));

    @Test
    void aCaseRunsUnderTheRegulationInForceOnTheDayItIsOpened() {
        PersonnelCase opened = handler.handle(new OpenCase(WebFixtures.appointment(PositionTier.DEPARTMENT_HEAD),
                null));

        assertThat(opened.regulation().key()).isEqualTo(new RegulationKey("296-QC/BCSĐ-ĐUBKH", "2013.1"));
        verify(cases).add(opened);
        verify(history).boardStep(opened.id(), Instant.parse("2026-11-20T03:00:00Z"), TimelineStep.OPENED, 1, null);
    }

    @Test
    void refusesARegulationVersionThisBoardDoesNotKnow() {
        OpenCase command = new OpenCase(WebFixtures.appointment(PositionTier.DEPARTMENT_HEAD),
                new RegulationKey("296-QC/BCSĐ-ĐUBKH", "2099.1"));

        assertThatThrownBy(() -> handler.handle(command)).isInstanceOfSatisfying(UnknownRegulation.class,
                unknown -> assertThat(unknown.rule()).isEqualTo("regulation-known"));
        verifyNoInteractions(cases, history);
    }

}
