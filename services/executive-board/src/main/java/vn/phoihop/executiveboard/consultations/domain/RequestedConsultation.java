package vn.phoihop.executiveboard.consultations.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What the cadre board asked, as far as the executive board needs it to route and decide. The subject's name is
 * personal data: it is shown to the committee, never logged.
 */
public record RequestedConsultation(UUID caseId, UUID requestEventId, int proposalVersion, String actionKind,
        String subjectCadreId, String subjectFullName, String positionTitle, String unitCode, String unitName,
        String positionTier, String rationale, String regulationId, String regulationVersion, LocalDate dueDate) {

    public RequestedConsultation {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(requestEventId, "requestEventId");
        Objects.requireNonNull(dueDate, "dueDate");
        if (proposalVersion < 1) {
            throw new IllegalArgumentException("proposalVersion must be positive");
        }
    }

    @Override
    public String toString() {
        return "RequestedConsultation[case " + caseId + " v" + proposalVersion + "]";
    }

}
