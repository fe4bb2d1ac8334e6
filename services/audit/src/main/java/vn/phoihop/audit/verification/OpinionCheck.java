package vn.phoihop.audit.verification;

import java.util.List;
import java.util.Optional;

import vn.phoihop.events.ConsultationReceived;
import vn.phoihop.events.ConsultationRefused;
import vn.phoihop.events.InformationSupplied;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;

/**
 * {@code opinion-stated} and {@code opinion-of-version}: an opinion says what its conclusion needs (the conditions of
 * a conditional agreement, the questions of a request for information) and answers the version the executive board
 * holds, once. Which version it holds is told by its own receipts and refusals, which precede its opinions in its
 * stream; a newer request the cadre board published but the executive board had not yet received does not make an
 * opinion stale.
 */
final class OpinionCheck implements CaseCheck {

    @Override
    public void check(CaseFacts facts, Findings findings) {
        for (Recorded<OpinionIssued> opinion : facts.all(OpinionIssued.class)) {
            stated(opinion, findings);
            ofVersion(facts, opinion, findings);
        }
    }

    private static void stated(Recorded<OpinionIssued> opinion, Findings findings) {
        OpinionIssued issued = opinion.event();
        OpinionOutcome outcome = issued.getOutcome();
        if (outcome == OpinionOutcome.UNKNOWN) {
            findings.add(CaseRules.OPINION_STATED, opinion, "the outcome is none the regulation names");
            return;
        }
        boolean conditional = outcome == OpinionOutcome.AGREE_WITH_CONDITIONS;
        boolean hasConditions = issued.getConditions() != null && !issued.getConditions().isBlank();
        if (conditional != hasConditions) {
            findings.add(CaseRules.OPINION_STATED, opinion, conditional ? "an agreement with conditions states none"
                    : "a " + outcome + " opinion states conditions");
        }
        boolean asking = outcome == OpinionOutcome.REQUEST_INFORMATION;
        if (asking == issued.getQuestions().isEmpty()) {
            findings.add(CaseRules.OPINION_STATED, opinion, asking ? "a request for information asks no question"
                    : "a " + outcome + " opinion asks " + issued.getQuestions().size() + " questions");
        }
    }

    private static void ofVersion(CaseFacts facts, Recorded<OpinionIssued> opinion, Findings findings) {
        int version = opinion.event().getProposalVersion();
        List<Recorded<ConsultationReceived>> receipts = facts.before(ConsultationReceived.class, opinion);
        if (receipts.stream().noneMatch(receipt -> receipt.event().getProposalVersion() == version)) {
            findings.add(CaseRules.OPINION_OF_VERSION, opinion, "the executive board had received no request on "
                    + "proposal version " + version + " before it");
        }
        int taken = Math.max(
                receipts.stream().mapToInt(receipt -> receipt.event().getProposalVersion()).max().orElse(0),
                facts.before(ConsultationRefused.class, opinion)
                    .stream()
                    .mapToInt(refusal -> refusal.event().getProposalVersion())
                    .max()
                    .orElse(0));
        if (taken > version) {
            findings.add(CaseRules.OPINION_OF_VERSION, opinion, "an opinion on proposal version " + version
                    + " after the executive board had taken version " + taken);
        }
        CaseFacts.last(facts.before(OpinionIssued.class, opinion)
            .stream()
            .filter(earlier -> earlier.event().getProposalVersion() == version)
            .toList()).ifPresent(earlier -> again(facts, opinion, earlier, findings));
    }

    /** A second opinion on a version is the answer to information asked for in the first, and supplied since. */
    private static void again(CaseFacts facts, Recorded<OpinionIssued> opinion, Recorded<OpinionIssued> earlier,
            Findings findings) {
        int version = opinion.event().getProposalVersion();
        if (earlier.event().getOutcome() != OpinionOutcome.REQUEST_INFORMATION) {
            findings.add(CaseRules.OPINION_OF_VERSION, opinion, "a second opinion on proposal version " + version
                    + "; " + earlier + " answered it");
            return;
        }
        Optional<Recorded<InformationSupplied>> supplied = facts.before(InformationSupplied.class, opinion)
            .stream()
            .filter(information -> information.event().getProposalVersion() == version)
            .filter(earlier::before)
            .findFirst();
        if (supplied.isEmpty()) {
            findings.add(CaseRules.OPINION_OF_VERSION, opinion, earlier + " asked for information on proposal "
                    + "version " + version + ", and none was supplied before this opinion");
        }
    }
}
