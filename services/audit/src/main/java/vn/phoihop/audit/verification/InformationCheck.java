package vn.phoihop.audit.verification;

import java.util.Optional;

import vn.phoihop.events.InformationSupplied;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;

/**
 * {@code information-requested}: supplied information starts the executive board's deadline again, so it is
 * legitimate only as the one answer to a request for information on the version under consultation.
 */
final class InformationCheck implements CaseCheck {

    @Override
    public void check(CaseFacts facts, Findings findings) {
        for (Recorded<InformationSupplied> supplied : facts.all(InformationSupplied.class)) {
            int version = supplied.event().getProposalVersion();
            facts.requestBefore(supplied)
                .map(request -> request.event().getProposalVersion())
                .filter(current -> current != version)
                .ifPresent(current -> findings.add(CaseRules.INFORMATION_REQUESTED, supplied, "information on "
                        + "proposal version " + version + " while version " + current + " was under consultation"));
            Optional<Recorded<OpinionIssued>> asked = CaseFacts.last(facts.before(OpinionIssued.class, supplied)
                .stream()
                .filter(opinion -> opinion.event().getProposalVersion() == version)
                .toList()).filter(opinion -> opinion.event().getOutcome() == OpinionOutcome.REQUEST_INFORMATION);
            if (asked.isEmpty()) {
                findings.add(CaseRules.INFORMATION_REQUESTED, supplied, "no request for information on proposal "
                        + "version " + version + " was pending");
            }
            else {
                facts.before(InformationSupplied.class, supplied)
                    .stream()
                    .filter(earlier -> earlier.event().getProposalVersion() == version)
                    .filter(asked.get()::before)
                    .findFirst()
                    .ifPresent(earlier -> findings.add(CaseRules.INFORMATION_REQUESTED, supplied, asked.get()
                            + " was already answered by " + earlier));
            }
            if (supplied.event().getAnswers().isEmpty()) {
                findings.add(CaseRules.INFORMATION_REQUESTED, supplied, "no answer was supplied");
            }
        }
    }
}
