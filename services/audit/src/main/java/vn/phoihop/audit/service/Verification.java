package vn.phoihop.audit.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import vn.phoihop.audit.chain.StreamVerdict;
import vn.phoihop.audit.verdict.Violation;

/**
 * The last judgement over the whole copy, as the read model keeps it.
 *
 * @param records records read
 * @param clean no violation anywhere: in a stream, a case or a record that belongs to neither
 * @param judgedAt when the judgement ran
 * @param unplaced violations of records that belong to no case or no chain
 * @param cases cases judged
 * @param cleanCases cases without a violation
 * @param streams each board's chain, by producer
 * @param violationsByRule every case rule broken, with how often, by rule id
 */
public record Verification(long records, boolean clean, OffsetDateTime judgedAt, List<Violation> unplaced, long cases,
        long cleanCases, List<StreamVerdict> streams, Map<String, Long> violationsByRule) {

    public Verification {
        unplaced = List.copyOf(unplaced);
        streams = List.copyOf(streams);
        violationsByRule = Collections.unmodifiableSortedMap(new TreeMap<>(violationsByRule));
    }

    public long violatingCases() {
        return this.cases - this.cleanCases;
    }
}
