package vn.phoihop.cadreboard.cases.adapter.out.events;

import static vn.phoihop.cadreboard.cases.adapter.out.events.AvroCaseEvents.symbol;

import java.util.List;

import vn.phoihop.cadreboard.cases.domain.Cadre;
import vn.phoihop.cadreboard.cases.domain.CaseWithdrawn;
import vn.phoihop.cadreboard.cases.domain.DossierDocument;
import vn.phoihop.cadreboard.cases.domain.Position;
import vn.phoihop.cadreboard.cases.domain.Proposal;
import vn.phoihop.cadreboard.cases.domain.SuppliedInformation;
import vn.phoihop.events.ActionKind;
import vn.phoihop.events.ConsultationOverdue;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.ConsultationStep;
import vn.phoihop.events.DisciplineMeasure;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.InformationSupplied;
import vn.phoihop.events.PositionTier;
import vn.phoihop.events.SilenceRule;

/** The events of the consultation itself: request, information, overdue, withdrawal. */
final class AvroConsultationEvents {

    private AvroConsultationEvents() {
    }

    static ConsultationRequested requested(Envelope envelope,
            vn.phoihop.cadreboard.cases.domain.ConsultationRequested requested) {
        Proposal proposal = requested.proposal();
        return ConsultationRequested.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(envelope.getCaseId())
            .setProposalVersion(requested.proposalVersion())
            .setActionKind(symbol(proposal.kind(), ActionKind.class))
            .setSubject(cadre(proposal.subject()))
            .setCurrentPosition(position(proposal.currentPosition()))
            .setTargetPosition(position(proposal.targetPosition()))
            .setProposedEffectiveDate(proposal.proposedEffectiveDate())
            .setTermYears(proposal.termYears())
            .setRationale(proposal.rationale())
            .setDossier(dossier(proposal.dossier()))
            .setRegulationId(requested.stamp().regulation().id())
            .setSteps(requested.steps().stream().map(step -> symbol(step, ConsultationStep.class)).toList())
            .setSilenceRule(symbol(requested.silenceRule(), SilenceRule.class))
            .setRequestDate(requested.requestDate())
            .setResponseDueDate(requested.responseDueDate())
            .setAmendment(requested.amendment())
            .setDisciplineMeasure(proposal.disciplineMeasure() == null ? null
                    : symbol(proposal.disciplineMeasure(), DisciplineMeasure.class))
            .build();
    }

    static InformationSupplied informationSupplied(Envelope envelope,
            vn.phoihop.cadreboard.cases.domain.InformationSupplied supplied) {
        SuppliedInformation information = supplied.information();
        return InformationSupplied.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(envelope.getCaseId())
            .setProposalVersion(supplied.proposalVersion())
            .setAnswers(information.answers())
            .setDossier(dossier(information.dossier()))
            .setSuppliedOn(information.suppliedOn())
            .setResponseDueDate(information.responseDueDate())
            .build();
    }

    static ConsultationOverdue overdue(Envelope envelope,
            vn.phoihop.cadreboard.cases.domain.ConsultationOverdue overdue) {
        return ConsultationOverdue.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(envelope.getCaseId())
            .setProposalVersion(overdue.proposalVersion())
            .setDueDate(overdue.dueDate())
            .setDetectedOn(overdue.detectedOn())
            .setSilenceRule(symbol(overdue.silenceRule(), SilenceRule.class))
            .setDeemedConsent(overdue.deemedConsent())
            .build();
    }

    static vn.phoihop.events.CaseWithdrawn withdrawn(Envelope envelope, CaseWithdrawn withdrawn) {
        return vn.phoihop.events.CaseWithdrawn.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(envelope.getCaseId())
            .setProposalVersion(withdrawn.proposalVersion())
            .setReason(withdrawn.withdrawal().reason())
            .setWithdrawnAt(withdrawn.withdrawal().withdrawnAt())
            .build();
    }

    private static vn.phoihop.events.Cadre cadre(Cadre subject) {
        return new vn.phoihop.events.Cadre(subject.cadreId(), subject.fullName());
    }

    private static vn.phoihop.events.Position position(Position position) {
        if (position == null) {
            return null;
        }
        return new vn.phoihop.events.Position(position.title(), position.unitCode(), position.unitName(),
                symbol(position.tier(), PositionTier.class));
    }

    private static List<vn.phoihop.events.DossierDocument> dossier(List<DossierDocument> documents) {
        return documents.stream()
            .map(document -> new vn.phoihop.events.DossierDocument(document.name(), document.mediaType(),
                    document.sha256()))
            .toList();
    }

}
