package vn.phoihop.audit.pointintime;

import java.time.Instant;

import vn.phoihop.events.CaseWithdrawn;

/** The cadre board's withdrawal of the case. */
public record WithdrawalAsOf(String eventId, int proposalVersion, String reason, Instant withdrawnAt) {

    static WithdrawalAsOf of(CaseWithdrawn withdrawn) {
        return new WithdrawalAsOf(withdrawn.getEnvelope().getEventId(), withdrawn.getProposalVersion(),
                withdrawn.getReason(), withdrawn.getWithdrawnAt());
    }
}
