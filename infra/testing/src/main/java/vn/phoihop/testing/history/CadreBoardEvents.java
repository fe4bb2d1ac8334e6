package vn.phoihop.testing.history;

import java.time.Instant;
import java.time.LocalDate;

import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.ConsultationStep;
import vn.phoihop.events.DecidingAuthority;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.DecisionMeetingRecorded;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.SilenceRule;
import vn.phoihop.regulation.ConsultationRules;

/** The cadre board's events of a cycle, with every field set as the board's own adapter sets it. */
final class CadreBoardEvents {

    private CadreBoardEvents() {
    }

    static ConsultationRequested requested(Envelope envelope, Proposal proposal, String regulationId,
            ConsultationRules consultation, LocalDate requestDate, LocalDate dueDate) {
        return ConsultationRequested.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(envelope.getCaseId())
            .setProposalVersion(ConsultationCycle.PROPOSAL_VERSION)
            .setActionKind(proposal.kind())
            .setSubject(proposal.subject())
            .setCurrentPosition(proposal.currentPosition())
            .setTargetPosition(proposal.targetPosition())
            .setProposedEffectiveDate(proposal.proposedEffectiveDate())
            .setTermYears(proposal.termYears())
            .setRationale(proposal.rationale())
            .setDossier(proposal.dossier())
            .setRegulationId(regulationId)
            .setSteps(consultation.steps().stream().map(step -> ConsultationStep.valueOf(step.name())).toList())
            .setSilenceRule(SilenceRule.valueOf(consultation.silence().name()))
            .setRequestDate(requestDate)
            .setResponseDueDate(dueDate)
            .setAmendment(null)
            .setDisciplineMeasure(null)
            .build();
    }

    static DecisionMeetingRecorded meetingRecorded(Envelope envelope, LocalDate meetingDate, int present,
            int against) {
        return DecisionMeetingRecorded.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(envelope.getCaseId())
            .setProposalVersion(ConsultationCycle.PROPOSAL_VERSION)
            .setMeetingDate(meetingDate)
            .setMembersTotal(Meetings.CADRE_BOARD_MEMBERS)
            .setPresent(present)
            .setInFavour(present - against)
            .setAgainst(against)
            .setAbstain(0)
            .build();
    }

    /** Approved by the board on the opinion and at the meeting named, as the opinion advised. */
    static DecisionFinalised approved(Envelope envelope, String decisionNumber, LocalDate effectiveDate,
            String opinionEventId, String meetingEventId, Instant decidedAt) {
        return DecisionFinalised.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(envelope.getCaseId())
            .setProposalVersion(ConsultationCycle.PROPOSAL_VERSION)
            .setOutcome(DecisionOutcome.APPROVED)
            .setAuthority(DecidingAuthority.CADRE_BOARD)
            .setAuthorityName(null)
            .setDecisionNumber(decisionNumber)
            .setEffectiveDate(effectiveDate)
            .setOpinionEventId(opinionEventId)
            .setOverdueEventId(null)
            .setDecisionMeetingEventId(meetingEventId)
            .setContraryToOpinion(false)
            .setJustification(null)
            .setDecidedAt(decidedAt)
            .build();
    }
}
