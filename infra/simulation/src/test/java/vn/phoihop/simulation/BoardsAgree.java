package vn.phoihop.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import vn.phoihop.cadreboard.cases.domain.CaseState;
import vn.phoihop.cadreboard.cases.domain.CaseStatus;
import vn.phoihop.executiveboard.consultations.domain.ClosedBy;
import vn.phoihop.executiveboard.consultations.domain.ConsultationState;
import vn.phoihop.executiveboard.consultations.domain.ConsultationStatus;

/**
 * Whenever the network is quiet (nothing in flight) the boards agree on every case: the consultation exists once
 * the case has left the cadre board, on the same proposal version, in the matching status (decided or submitted
 * upward: closed; withdrawn: withdrawn ...), with the same overdue finding. With order per case kept nothing may
 * have been dead-lettered, and every published event has taken effect: nothing accepted is lost. Without order,
 * a run that left dead letters behind may disagree; the others must not.
 */
final class BoardsAgree implements Invariant {

    @Override
    public String name() {
        return "Boards agree when the network is quiet";
    }

    @Override
    public void check(World world) {
        if (!world.network.quiet()) {
            return;
        }
        if (world.network.delivery() == Delivery.ORDERED_PER_CASE) {
            assertThat(world.network.deadLetters()).as("dead letters although each case's order was kept").isEmpty();
        }
        else if (!world.network.deadLetters().isEmpty()) {
            return;
        }
        java.util.stream.Stream.concat(world.cadre.outbox().stream(), world.executive.outbox().stream())
            .forEach(m -> assertThat(world.appliedAt).as("%s took effect at the other board", m)
                .containsKey(m.eventId()));
        Map<java.util.UUID, ConsultationState> consultations = world.executive.snapshot();
        world.cadre.snapshot().forEach((caseId, state) -> {
            String what = "case " + Labels.of(caseId) + " " + state.status() + " v" + state.proposalVersion();
            Optional<ConsultationState> consultation = Optional.ofNullable(consultations.get(caseId));
            if (state.lastSequence() == 0) {
                assertThat(consultation).as("%s never left the cadre board", what).isEmpty();
                return;
            }
            world.reached.add(Reached.QUIET_WITH_CONSULTATIONS);
            assertThat(consultation).as("%s: its consultation", what).isPresent();
            agree(what, state, consultation.get());
        });
    }

    private static void agree(String what, CaseState c, ConsultationState e) {
        assertThat(e.request().proposalVersion()).as("%s: version at the executive board", what)
            .isEqualTo(c.proposalVersion());
        assertThat(e.status()).as("%s: status at the executive board", what).isEqualTo(expected(c.status()));
        if (c.status() == CaseStatus.DECIDED || c.status() == CaseStatus.SUBMITTED_UPWARD) {
            assertThat(e.closure().by()).as("%s: closed by", what)
                .isEqualTo(c.status() == CaseStatus.DECIDED ? ClosedBy.DECISION : ClosedBy.UPWARD_SUBMISSION);
        }
        if (e.status() == ConsultationStatus.PENDING) {
            assertThat(e.overdueFlagged()).as("%s: flagged overdue", what).isEqualTo(c.consultation().deadline()
                .overdue());
            assertThat(e.deemedConsent()).as("%s: deemed consent", what)
                .isEqualTo(c.status() == CaseStatus.DEEMED_CONSENT);
            assertThat(e.request().dueDate()).as("%s: due date", what).isEqualTo(c.consultation().deadline()
                .dueDate());
        }
    }

    private static ConsultationStatus expected(CaseStatus status) {
        return switch (status) {
            case AWAITING_OPINION, DEEMED_CONSENT -> ConsultationStatus.PENDING;
            case INFORMATION_REQUESTED -> ConsultationStatus.INFORMATION_REQUESTED;
            case OPINION_RECEIVED -> ConsultationStatus.OPINION_ISSUED;
            case CONSULTATION_REFUSED -> ConsultationStatus.REFUSED;
            case DECIDED, SUBMITTED_UPWARD -> ConsultationStatus.CLOSED;
            case WITHDRAWN -> ConsultationStatus.WITHDRAWN;
            case DRAFT, READY_FOR_DECISION -> throw new AssertionError("a case in " + status + " published events");
        };
    }

}
