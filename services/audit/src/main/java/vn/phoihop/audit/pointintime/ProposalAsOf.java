package vn.phoihop.audit.pointintime;

import java.time.LocalDate;

import vn.phoihop.events.ActionKind;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.DisciplineMeasure;

/**
 * The proposal as the cadre board last sent it for an opinion.
 *
 * @param eventId the ConsultationRequested that sent it
 * @param amendment why it was amended; null for the first version
 * @param dossierDocuments how many documents went with it
 */
public record ProposalAsOf(String eventId, int version, ActionKind kind, String subjectCadreId, String subjectName,
        PositionAsOf currentPosition, PositionAsOf targetPosition, LocalDate proposedEffectiveDate, Integer termYears,
        DisciplineMeasure disciplineMeasure, String rationale, int dossierDocuments, String regulationId,
        String regulationVersion, LocalDate requestDate, LocalDate responseDueDate, String amendment) {

    static ProposalAsOf of(ConsultationRequested requested) {
        return new ProposalAsOf(requested.getEnvelope().getEventId(), requested.getProposalVersion(),
                requested.getActionKind(), requested.getSubject().getCadreId(), requested.getSubject().getFullName(),
                PositionAsOf.of(requested.getCurrentPosition()), PositionAsOf.of(requested.getTargetPosition()),
                requested.getProposedEffectiveDate(), requested.getTermYears(), requested.getDisciplineMeasure(),
                requested.getRationale(), requested.getDossier().size(), requested.getRegulationId(),
                requested.getEnvelope().getRegulationVersion(), requested.getRequestDate(),
                requested.getResponseDueDate(), requested.getAmendment());
    }
}
