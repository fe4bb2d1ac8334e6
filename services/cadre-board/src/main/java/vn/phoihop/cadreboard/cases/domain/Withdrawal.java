package vn.phoihop.cadreboard.cases.domain;

import java.time.Instant;
import java.util.Objects;

/** Why and when the cadre board withdrew a case. */
public record Withdrawal(String reason, Instant withdrawnAt) {

    public Withdrawal {
        Require.text(reason, "reason");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }

}
