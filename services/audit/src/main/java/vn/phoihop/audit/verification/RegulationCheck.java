package vn.phoihop.audit.verification;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.regulation.RegulationKey;
import vn.phoihop.regulation.Regulations;

/**
 * {@code regulation-known}: a case keeps the regulation version it was opened under, and the audit judges it only
 * under rules it can read. A case the audit cannot place is still checked for everything that needs no regulation.
 */
final class RegulationCheck implements CaseCheck {

    private final List<RegulationKey> known;

    RegulationCheck(Regulations regulations) {
        this.known = regulations.known();
    }

    @Override
    public void check(CaseFacts facts, Findings findings) {
        CaseRegulation regulation = facts.regulation();
        if (facts.events().isEmpty()) {
            return;
        }
        Optional<Recorded<ConsultationRequested>> request = facts.all(ConsultationRequested.class)
            .stream()
            .findFirst();
        if (regulation.known().isEmpty()) {
            findings.add(CaseRules.REGULATION_KNOWN, request.isPresent() ? request.get() : facts.events().getFirst(),
                    "the case runs under " + regulation + ", which is not a regulation the audit knows; it knows "
                            + this.known);
        }
        else if (request.isPresent() && regulation.kind().isEmpty()) {
            findings.add(CaseRules.REGULATION_KNOWN, request.get(), "the case proposes action kind "
                    + request.get().event().getActionKind() + ", which " + regulation + " does not have");
        }
        for (Recorded<SpecificRecord> event : facts.events()) {
            String version = event.record().envelope().getRegulationVersion();
            if (!Objects.equals(version, regulation.version())) {
                findings.add(CaseRules.REGULATION_KNOWN, event, event.record().producer() + " applied version "
                        + version + " to a case that runs under version " + regulation.version());
            }
        }
        for (Recorded<ConsultationRequested> later : facts.all(ConsultationRequested.class)) {
            if (!Objects.equals(later.event().getRegulationId(), regulation.id())) {
                findings.add(CaseRules.REGULATION_KNOWN, later, "the request on proposal version "
                        + later.event().getProposalVersion() + " names regulation "
                        + later.event().getRegulationId() + "; the case runs under " + regulation.id());
            }
        }
    }
}
