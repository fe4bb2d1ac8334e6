package vn.phoihop.cadreboard.cases.adapter.out.events;

import java.util.List;

import vn.phoihop.cadreboard.cases.domain.Cadre;
import vn.phoihop.cadreboard.cases.domain.ConsultationRequested;
import vn.phoihop.cadreboard.cases.domain.Decision;
import vn.phoihop.cadreboard.cases.domain.DecisionFinalised;
import vn.phoihop.cadreboard.cases.domain.Position;
import vn.phoihop.cadreboard.cases.domain.Proposal;
import vn.phoihop.events.ActionKind;
import vn.phoihop.events.ConsultationStep;
import vn.phoihop.events.DecidingAuthority;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.PositionTier;

/** Domain events to their Avro contract. The only place where the cadre board's model meets the schemas. */
final class AvroCaseEvents {

    private AvroCaseEvents() {
    }

    static vn.phoihop.events.ConsultationRequested consultationRequested(Envelope envelope,
            ConsultationRequested requested) {
        Proposal proposal = requested.proposal();
        return vn.phoihop.events.ConsultationRequested.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(requested.caseId().toString())
            .setProposalVersion(requested.proposalVersion())
            .setActionKind(ActionKind.valueOf(proposal.kind().name()))
            .setSubject(cadre(proposal.subject()))
            .setCurrentPosition(position(proposal.currentPosition()))
            .setTargetPosition(position(proposal.targetPosition()))
            .setProposedEffectiveDate(proposal.proposedEffectiveDate())
            .setTermYears(proposal.termYears())
            .setRationale(proposal.rationale())
            .setDossier(List.of())
            .setRegulationId(requested.regulation().id())
            .setSteps(List.of(ConsultationStep.ASSIGNED_MEMBER_REVIEW, ConsultationStep.STANDING_COMMITTEE_OPINION))
            .setResponseDueDate(requested.responseDueDate())
            .build();
    }

    static vn.phoihop.events.DecisionFinalised decisionFinalised(Envelope envelope, DecisionFinalised finalised) {
        Decision decision = finalised.decision();
        return vn.phoihop.events.DecisionFinalised.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(finalised.caseId().toString())
            .setProposalVersion(finalised.proposalVersion())
            .setOutcome(DecisionOutcome.valueOf(decision.outcome().name()))
            .setAuthority(DecidingAuthority.CADRE_BOARD)
            .setDecisionNumber(decision.decisionNumber())
            .setEffectiveDate(decision.effectiveDate())
            .setOpinionEventId(decision.opinionEventId() == null ? null : decision.opinionEventId().toString())
            .setContraryToOpinion(decision.contraryToOpinion())
            .setJustification(decision.justification())
            .setDecidedAt(decision.decidedAt())
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
                PositionTier.valueOf(position.tier().name()));
    }

}
