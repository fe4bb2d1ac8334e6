package vn.phoihop.audit.chain;

import java.util.List;

import vn.phoihop.audit.verdict.Violation;

/**
 * What the audit found about one board's stream.
 *
 * @param producer the board
 * @param linked events linked into the chain from the first
 * @param unlinked events that could not be linked (the chain is broken before them)
 * @param redelivered records that repeat an event already read, byte for byte: the relay's at-least-once delivery
 * @param checkpoints checkpoints read
 * @param attested the highest position a valid checkpoint covers; events after it await the next checkpoint
 * @param violations tamper evidence found
 */
public record StreamVerdict(String producer, long linked, long unlinked, long redelivered, long checkpoints, long attested,
        List<Violation> violations) {

    public boolean clean() {
        return this.violations.isEmpty();
    }

    public long unattested() {
        return this.linked - this.attested + this.unlinked;
    }
}
