package vn.phoihop.cadreboard.cases.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.cadreboard.cases.WebFixtures;
import vn.phoihop.cadreboard.cases.domain.CaseId;
import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

class DeadlineCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final PersonnelCases cases = mock(PersonnelCases.class);

    private final BoardClock clock = new BoardClock(
            Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));

    private final CaseHistory history = mock(CaseHistory.class);

    private final DeadlineCheck check = new DeadlineCheck(cases,
            new CaseChanges(cases, event -> UUID.randomUUID(), history, event -> {
            }, clock), new TransactionTemplate(new NoTransactions()), clock);

    @Test
    void aCaseThatCannotBeCheckedDoesNotHoldUpTheOthers() {
        CaseId broken = CaseId.random();
        PersonnelCase pastDue = WebFixtures.appointmentCase();
        pastDue.submit(LocalDate.of(2026, 10, 1), TODAY);
        given(cases.pastDue(TODAY)).willReturn(List.of(broken, pastDue.id()));
        given(cases.lockPastDue(broken, TODAY)).willThrow(new IllegalStateException("no calendar for 2031"));
        given(cases.lockPastDue(pastDue.id(), TODAY)).willReturn(Optional.of(pastDue));

        assertThat(check.run()).isEqualTo(1);
        verify(cases).update(pastDue);
        assertThat(pastDue.state().consultation().deadline().overdueEventId()).isNotNull();
        verify(history).boardStep(pastDue.id(), clock.now(), TimelineStep.FOUND_OVERDUE, 1, null);
    }

    @Test
    void aCaseAnotherReplicaHoldsIsLeftToIt() {
        CaseId held = CaseId.random();
        given(cases.pastDue(TODAY)).willReturn(List.of(held));
        given(cases.lockPastDue(held, TODAY)).willReturn(Optional.empty());

        assertThat(check.run()).isZero();
    }

    /** The transactions are the database's business; here each case's unit of work only has to run. */
    private static final class NoTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }

    }

}
