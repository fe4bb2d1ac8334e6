package vn.phoihop.messaging;

import java.util.Locale;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code outboxRelay} in the health endpoint: down only when this instance leads and its engine has failed; a
 * standby or a disabled relay is healthy.
 */
final class OutboxRelayHealthIndicator implements HealthIndicator {

    private final RelayState state;

    OutboxRelayHealthIndicator(RelayState state) {
        this.state = state;
    }

    @Override
    public Health health() {
        Health.Builder health = this.state.failing() ? Health.down() : Health.up();
        health.withDetail("role", this.state.role().name().toLowerCase(Locale.ROOT))
            .withDetail("engine", this.state.engine().name().toLowerCase(Locale.ROOT))
            .withDetail("published", this.state.published());
        if (this.state.lastError() != null) {
            health.withDetail("lastError", this.state.lastError());
        }
        return health.build();
    }

}
