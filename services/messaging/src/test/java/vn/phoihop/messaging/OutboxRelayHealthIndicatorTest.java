package vn.phoihop.messaging;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxRelayHealthIndicatorTest {

    private final RelayState state = new RelayState(() -> 7);

    private final OutboxRelayHealthIndicator indicator = new OutboxRelayHealthIndicator(this.state);

    @Test
    void isDownWhenTheLeadersEngineHasFailed() {
        this.state.role(RelayState.Role.LEADER);
        this.state.failed(new IllegalStateException("slot is active"));

        Health health = this.indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("role", "leader")
            .containsEntry("engine", "failed")
            .containsEntry("published", 7L)
            .containsEntry("lastError", "IllegalStateException: slot is active");
    }

    @Test
    void isUpAgainOnceTheRestartedEngineStreams() {
        this.state.role(RelayState.Role.LEADER);
        this.state.failed(new IllegalStateException("slot is active"));
        this.state.streaming();

        assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void isUpOnAStandbyWhateverItLastSaw() {
        this.state.role(RelayState.Role.STANDBY);
        this.state.failed(new IllegalStateException("connection refused"));

        Health health = this.indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("role", "standby").containsEntry("engine", "not_running");
    }

}
