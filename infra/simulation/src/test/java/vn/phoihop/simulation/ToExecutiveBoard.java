package vn.phoihop.simulation;

import java.time.ZoneId;
import java.util.List;

import vn.phoihop.cadreboard.cases.domain.CaseWithdrawn;
import vn.phoihop.cadreboard.cases.domain.ConsultationOverdue;
import vn.phoihop.cadreboard.cases.domain.ConsultationRequested;
import vn.phoihop.cadreboard.cases.domain.DecisionFinalised;
import vn.phoihop.cadreboard.cases.domain.InformationSupplied;
import vn.phoihop.cadreboard.cases.domain.SubmittedUpward;
import vn.phoihop.executiveboard.consultations.domain.Cadre;
import vn.phoihop.executiveboard.consultations.domain.Closure;
import vn.phoihop.executiveboard.consultations.domain.DossierDocument;
import vn.phoihop.executiveboard.consultations.domain.Position;
import vn.phoihop.executiveboard.consultations.domain.Proposal;
import vn.phoihop.executiveboard.consultations.domain.RequestedConsultation;
import vn.phoihop.executiveboard.consultations.domain.SuppliedInformation;

/**
 * The cadre board's events as the executive board's adapter reads them (CadreBoardCommands, with the Avro step
 * left out): the same fields, the same defaults.
 */
final class ToExecutiveBoard {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private ToExecutiveBoard() {
    }

    static RequestedConsultation request(ConsultationRequested requested, Message envelope) {
        var proposal = requested.proposal();
        Proposal shown = new Proposal(proposal.kind(),
                new Cadre(proposal.subject().cadreId(), proposal.subject().fullName()),
                position(proposal.currentPosition()), position(proposal.targetPosition()),
                proposal.proposedEffectiveDate(), proposal.termYears(),
                proposal.disciplineMeasure() == null ? null : proposal.disciplineMeasure().name(), proposal.rationale(),
                dossier(proposal.dossier()), requested.amendment());
        return new RequestedConsultation(requested.caseId().value(), envelope.eventId(), requested.proposalVersion(),
                shown, requested.stamp().regulation(), requested.requestDate(), requested.responseDueDate());
    }

    static SuppliedInformation information(InformationSupplied supplied) {
        var information = supplied.information();
        return new SuppliedInformation(supplied.proposalVersion(), information.answers(),
                dossier(information.dossier()), information.suppliedOn(), information.responseDueDate());
    }

    static Closure withdrawal(CaseWithdrawn withdrawn) {
        return Closure.withdrawal(withdrawn.withdrawal().withdrawnAt().atZone(VIETNAM).toLocalDate(),
                withdrawn.withdrawal().reason());
    }

    static Closure decision(DecisionFinalised decided) {
        var decision = decided.decision();
        return Closure.decision(decision.effectiveDate(), decision.outcome().name(), decision.decisionNumber(),
                decision.authorityName());
    }

    static Closure upwardSubmission(SubmittedUpward submitted) {
        var submission = submitted.submission();
        return Closure.upwardSubmission(submission.submittedOn(), submission.submissionNumber(),
                submission.authorityName());
    }

    static boolean deemedConsent(ConsultationOverdue overdue) {
        return overdue.deemedConsent();
    }

    private static Position position(vn.phoihop.cadreboard.cases.domain.Position position) {
        return position == null ? null : new Position(position.title(), position.unitCode(), position.unitName(),
                position.tier().name());
    }

    private static List<DossierDocument> dossier(List<vn.phoihop.cadreboard.cases.domain.DossierDocument> documents) {
        return documents.stream()
            .map(document -> new DossierDocument(document.name(), document.mediaType(), document.sha256()))
            .toList();
    }

}
