package vn.phoihop.audit.replay;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vn.phoihop.audit.chain.StreamVerdict;
import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.audit.verdict.Violation;
import vn.phoihop.audit.verification.CaseVerdict;

/**
 * What one audit run found.
 *
 * @param records records read
 * @param streams each board's chain
 * @param cases each case's verdict
 * @param unplaced violations of records that belong to no case or no chain: undecodable, misplaced, late
 * @param kept the histories the run was asked to keep
 */
public record AuditResult(long records, List<StreamVerdict> streams, List<CaseVerdict> cases,
        List<Violation> unplaced, Map<String, CaseHistory> kept) {

    public boolean clean() {
        return violations().findAny().isEmpty();
    }

    public Stream<Violation> violations() {
        return Stream.of(this.unplaced.stream(), this.streams.stream().flatMap(stream -> stream.violations().stream()),
                this.cases.stream().flatMap(verdict -> verdict.violations().stream()))
            .flatMap(violations -> violations);
    }

    public Optional<CaseHistory> history(String caseId) {
        return Optional.ofNullable(this.kept.get(caseId));
    }
}
