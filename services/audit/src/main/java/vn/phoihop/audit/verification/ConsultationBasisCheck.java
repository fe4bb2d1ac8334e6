package vn.phoihop.audit.verification;

import java.util.Objects;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.events.ConsultationOverdue;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.DecidingAuthority;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.events.SubmittedUpward;
import vn.phoihop.regulation.Regulation;

/**
 * {@code consultation-before-decision}, the brief's first invariant: the cadre board decides or submits upward a
 * proposal version only on the executive board's opinion on that very version, which the history held before, or on
 * the overdue finding of the running round where silence counts as consent. An amendment is a new version, so an
 * opinion on an older one no longer counts. Whether the overdue finding may count as consent is {@link SilenceCheck}'s.
 */
final class ConsultationBasisCheck implements CaseCheck {

    @Override
    public void check(CaseFacts facts, Findings findings) {
        facts.regulation().known().ifPresent(regulation -> {
            boolean required = facts.rules()
                .map(rules -> rules.consultation().required())
                .orElseGet(() -> consultsOnEveryKind(regulation));
            if (required) {
                Determination.all(facts).forEach(determination -> rests(facts, determination, findings));
            }
        });
        for (Recorded<DecisionFinalised> decision : facts.all(DecisionFinalised.class)) {
            if (decision.event().getAuthority() == DecidingAuthority.HIGHER_AUTHORITY) {
                CaseFacts.last(facts.before(SubmittedUpward.class, decision))
                    .ifPresent(submission -> asSubmitted(decision, submission, findings));
            }
        }
    }

    /** A case that never went to consultation names no kind; it may skip consultation only if some kind may. */
    private static boolean consultsOnEveryKind(Regulation regulation) {
        return regulation.actions().values().stream().allMatch(rules -> rules.consultation().required());
    }

    private static void rests(CaseFacts facts, Determination determination, Findings findings) {
        String kind = facts.regulation().kind().map(Enum::name).orElse("any action kind");
        Optional<Recorded<ConsultationRequested>> request = facts.requestBefore(determination.at());
        if (request.isEmpty()) {
            findings.add(CaseRules.CONSULTATION_BEFORE_DECISION, determination.at(), "the regulation requires "
                    + "consultation on " + kind + ", but no request was published before " + determination.what());
            return;
        }
        int current = request.get().event().getProposalVersion();
        if (determination.proposalVersion() != current) {
            findings.add(CaseRules.CONSULTATION_BEFORE_DECISION, determination.at(), determination.what()
                    + " is on proposal version " + determination.proposalVersion() + ", but version " + current
                    + " was the one last sent for consultation");
        }
        if (determination.opinionEventId() != null) {
            opinion(facts, determination, findings);
        }
        else if (determination.overdueEventId() != null) {
            overdue(facts, determination, findings);
        }
        else {
            findings.add(CaseRules.CONSULTATION_BEFORE_DECISION, determination.at(), determination.what()
                    + " on proposal version " + determination.proposalVersion() + " names neither an opinion nor "
                    + "an overdue finding; the regulation requires consultation on " + kind);
        }
    }

    private static void opinion(CaseFacts facts, Determination determination, Findings findings) {
        Optional<Recorded<OpinionIssued>> opinion = named(facts, determination, determination.opinionEventId(),
                OpinionIssued.class, findings);
        if (opinion.isEmpty()) {
            return;
        }
        OpinionIssued issued = opinion.get().event();
        if (issued.getProposalVersion() != determination.proposalVersion()) {
            findings.add(CaseRules.CONSULTATION_BEFORE_DECISION, determination.at(), determination.what()
                    + " on proposal version " + determination.proposalVersion() + " rests on " + opinion.get()
                    + ", the opinion on version " + issued.getProposalVersion());
        }
        if (issued.getOutcome() == OpinionOutcome.REQUEST_INFORMATION) {
            findings.add(CaseRules.CONSULTATION_BEFORE_DECISION, determination.at(), determination.what()
                    + " rests on " + opinion.get() + ", a request for information, which is no opinion");
        }
    }

    private static void overdue(CaseFacts facts, Determination determination, Findings findings) {
        Optional<Recorded<ConsultationOverdue>> overdue = named(facts, determination,
                determination.overdueEventId(), ConsultationOverdue.class, findings);
        if (overdue.isEmpty()) {
            return;
        }
        int version = overdue.get().event().getProposalVersion();
        if (version != determination.proposalVersion()) {
            findings.add(CaseRules.CONSULTATION_BEFORE_DECISION, determination.at(), determination.what()
                    + " on proposal version " + determination.proposalVersion() + " rests on " + overdue.get()
                    + ", which found version " + version + " overdue");
        }
        facts.roundOf(determination.proposalVersion(), determination.at())
            .filter(round -> overdue.get().before(round.opening()))
            .ifPresent(round -> findings.add(CaseRules.CONSULTATION_BEFORE_DECISION, determination.at(),
                    determination.what() + " rests on " + overdue.get() + ", but " + round.opening()
                            + " restarted the deadline after it"));
    }

    /** The event a determination names, when the history holds it before the determination as the type it must be. */
    private static <E> Optional<Recorded<E>> named(CaseFacts facts, Determination determination, String eventId,
            Class<E> type, Findings findings) {
        Optional<Recorded<SpecificRecord>> found = facts.find(eventId);
        String problem;
        if (found.isEmpty()) {
            problem = "event " + eventId + ", which is not in the case's history";
        }
        else if (found.get().as(type).isEmpty()) {
            problem = found.get() + ", which is no " + type.getSimpleName();
        }
        else if (!found.get().before(determination.at())) {
            problem = found.get() + ", which the history holds only after it";
        }
        else {
            return found.get().as(type);
        }
        findings.add(CaseRules.CONSULTATION_BEFORE_DECISION, determination.at(), determination.what() + " rests on "
                + problem);
        return Optional.empty();
    }

    private static void asSubmitted(Recorded<DecisionFinalised> decision, Recorded<SubmittedUpward> submission,
            Findings findings) {
        DecisionFinalised decided = decision.event();
        SubmittedUpward submitted = submission.event();
        if (decided.getProposalVersion() != submitted.getProposalVersion()
                || !Objects.equals(decided.getOpinionEventId(), submitted.getOpinionEventId())
                || !Objects.equals(decided.getOverdueEventId(), submitted.getOverdueEventId())) {
            findings.add(CaseRules.CONSULTATION_BEFORE_DECISION, decision, "the higher authority's decision on "
                    + "proposal version " + decided.getProposalVersion() + " (opinion " + decided.getOpinionEventId()
                    + ", overdue " + decided.getOverdueEventId() + ") is not what " + submission
                    + " submitted: version " + submitted.getProposalVersion() + " (opinion "
                    + submitted.getOpinionEventId() + ", overdue " + submitted.getOverdueEventId() + ")");
        }
    }
}
