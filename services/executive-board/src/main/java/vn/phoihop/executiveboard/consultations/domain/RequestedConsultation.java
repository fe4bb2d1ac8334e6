package vn.phoihop.executiveboard.consultations.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import vn.phoihop.regulation.RegulationKey;

/** What the cadre board asked on one proposal version, under which regulation, and by when. */
public record RequestedConsultation(UUID caseId, UUID requestEventId, int proposalVersion, Proposal proposal,
        RegulationKey regulation, LocalDate requestDate, LocalDate dueDate) {

    public RequestedConsultation {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(requestEventId, "requestEventId");
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(regulation, "regulation");
        Objects.requireNonNull(dueDate, "dueDate");
        if (proposalVersion < 1) {
            throw new IllegalArgumentException("proposalVersion must be positive");
        }
    }

    /** The unit whose member reviews the case; null when the case names no position. */
    public String unitCode() {
        Position position = proposal.position();
        return position == null ? null : position.unitCode();
    }

    RequestedConsultation withDueDate(LocalDate newDueDate) {
        return new RequestedConsultation(caseId, requestEventId, proposalVersion, proposal, regulation, requestDate,
                newDueDate);
    }

    @Override
    public String toString() {
        return "RequestedConsultation[case " + caseId + " v" + proposalVersion + "]";
    }

}
