package vn.phoihop.executiveboard.consultations.adapter.in.kafka;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import vn.phoihop.events.CaseWithdrawn;
import vn.phoihop.events.ConsultationOverdue;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.InformationSupplied;
import vn.phoihop.events.SubmittedUpward;
import vn.phoihop.executiveboard.consultations.application.CloseConsultation;
import vn.phoihop.executiveboard.consultations.application.FlagOverdue;
import vn.phoihop.executiveboard.consultations.application.ReceiveConsultation;
import vn.phoihop.executiveboard.consultations.application.ReceiveInformation;
import vn.phoihop.executiveboard.consultations.application.WithdrawConsultation;
import vn.phoihop.executiveboard.consultations.domain.Cadre;
import vn.phoihop.executiveboard.consultations.domain.Closure;
import vn.phoihop.executiveboard.consultations.domain.DossierDocument;
import vn.phoihop.executiveboard.consultations.domain.Position;
import vn.phoihop.executiveboard.consultations.domain.Proposal;
import vn.phoihop.executiveboard.consultations.domain.RequestedConsultation;
import vn.phoihop.executiveboard.consultations.domain.SuppliedInformation;
import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.RegulationKey;

/** The cadre board's Avro events as the executive board's commands. */
final class CadreBoardCommands {

    /** Withdrawal times are instants; the board keeps the Vietnamese calendar day. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private CadreBoardCommands() {
    }

    /** The regulation id travels in the request, its version in the envelope, as with every event of the case. */
    static ReceiveConsultation receive(ConsultationRequested requested, Envelope envelope) {
        Proposal proposal = new Proposal(kind(requested.getActionKind()),
                new Cadre(requested.getSubject().getCadreId(), requested.getSubject().getFullName()),
                position(requested.getCurrentPosition()), position(requested.getTargetPosition()),
                requested.getProposedEffectiveDate(), requested.getTermYears(),
                requested.getDisciplineMeasure() == null ? null : requested.getDisciplineMeasure().name(),
                requested.getRationale(),
                dossier(requested.getDossier()), requested.getAmendment());
        return new ReceiveConsultation(new RequestedConsultation(caseId(requested.getCaseId()),
                UUID.fromString(envelope.getEventId()), requested.getProposalVersion(), proposal,
                new RegulationKey(requested.getRegulationId(), envelope.getRegulationVersion()),
                requested.getRequestDate(), requested.getResponseDueDate()));
    }

    static ReceiveInformation receive(InformationSupplied supplied) {
        return new ReceiveInformation(caseId(supplied.getCaseId()), new SuppliedInformation(
                supplied.getProposalVersion(), supplied.getAnswers(), dossier(supplied.getDossier()),
                supplied.getSuppliedOn(), supplied.getResponseDueDate()));
    }

    static WithdrawConsultation withdraw(CaseWithdrawn withdrawn) {
        return new WithdrawConsultation(caseId(withdrawn.getCaseId()), Closure
            .withdrawal(withdrawn.getWithdrawnAt().atZone(VIETNAM).toLocalDate(), withdrawn.getReason()));
    }

    static CloseConsultation close(DecisionFinalised decided) {
        return new CloseConsultation(caseId(decided.getCaseId()), Closure.decision(decided.getEffectiveDate(),
                decided.getOutcome().name(), decided.getDecisionNumber(), decided.getAuthorityName()));
    }

    static CloseConsultation close(SubmittedUpward submitted) {
        return new CloseConsultation(caseId(submitted.getCaseId()), Closure.upwardSubmission(
                submitted.getSubmittedOn(), submitted.getSubmissionNumber(), submitted.getAuthorityName()));
    }

    static FlagOverdue flag(ConsultationOverdue overdue) {
        return new FlagOverdue(caseId(overdue.getCaseId()), overdue.getProposalVersion(), overdue.getDeemedConsent());
    }

    /** A kind a newer cadre board added reads as UNKNOWN here; the consultation on it is refused. */
    private static ActionKind kind(vn.phoihop.events.ActionKind kind) {
        return kind == vn.phoihop.events.ActionKind.UNKNOWN ? null : ActionKind.valueOf(kind.name());
    }

    private static Position position(vn.phoihop.events.Position position) {
        return position == null ? null : new Position(position.getTitle(), position.getUnitCode(),
                position.getUnitName(), position.getTier().name());
    }

    private static List<DossierDocument> dossier(List<vn.phoihop.events.DossierDocument> documents) {
        return documents.stream()
            .map(document -> new DossierDocument(document.getName(), document.getMediaType(), document.getSha256()))
            .toList();
    }

    private static UUID caseId(String caseId) {
        return UUID.fromString(caseId);
    }

}
