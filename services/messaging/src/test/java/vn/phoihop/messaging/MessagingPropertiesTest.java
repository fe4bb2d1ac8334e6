package vn.phoihop.messaging;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class MessagingPropertiesTest {

    private static final MessagingProperties.Relay RELAY = new MessagingProperties.Relay(true, null, false,
            Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofMillis(10));

    private static final MessagingProperties.Checkpoints UNSIGNED = new MessagingProperties.Checkpoints(false, null,
            null, Duration.ofSeconds(10), null);

    @Test
    void needsTheProducerAndItsTopic() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new MessagingProperties(null, "out", null, null, null, 3, 1, RELAY, UNSIGNED))
            .withMessage("phoihop.messaging.producer must be set");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new MessagingProperties("cadre-board", " ", null, null, null, 3, 1, RELAY, UNSIGNED))
            .withMessage("phoihop.messaging.outbound-topic must be set");
    }

    @Test
    void needsTheExpectedProducerAndADeadLetterTopicToConsume() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new MessagingProperties("cadre-board", "out", "in", null, "dlt", 3, 1, RELAY, UNSIGNED))
            .withMessage("phoihop.messaging.inbound-producer must be set");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new MessagingProperties("cadre-board", "out", "in", "executive-board", null, 3, 1, RELAY,
                    UNSIGNED))
            .withMessage("phoihop.messaging.dead-letter-topic must be set");
        assertThatNoException()
            .isThrownBy(() -> new MessagingProperties("cadre-board", "out", null, null, null, 3, 1, RELAY, UNSIGNED));
    }

    @Test
    void signsCheckpointsUnlessSwitchedOffSoTheKeyMustBeNamed() {
        String file = "/keys/cadre-board.pem";
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new MessagingProperties.Checkpoints(true, " ", file, Duration.ofSeconds(10), null))
            .withMessage("phoihop.messaging.checkpoints.key-id must be set: the service signs checkpoints of its"
                    + " event stream (phoihop.messaging.checkpoints.enabled=false runs it unsigned)");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new MessagingProperties.Checkpoints(true, "cadre-board-1", "", Duration.ofSeconds(10), null))
            .withMessageStartingWith("phoihop.messaging.checkpoints.private-key-file must be set: ");
        assertThatNoException()
            .isThrownBy(() -> new MessagingProperties.Checkpoints(true, "cadre-board-1", file, Duration.ofSeconds(10), null));
    }

    @Test
    void checkpointsGoToTheContractsTopicOfTheProducerUnlessAnotherIsNamed() {
        assertThat(new MessagingProperties("cadre-board", "out", null, null, null, 3, 1, RELAY, UNSIGNED)
            .checkpointsTopic()).isEqualTo("phoihop.cadre-board.checkpoints");
        assertThat(new MessagingProperties("cadre-board", "out", null, null, null, 3, 1, RELAY,
                new MessagingProperties.Checkpoints(false, null, null, Duration.ofSeconds(10), "staging.checkpoints"))
            .checkpointsTopic()).isEqualTo("staging.checkpoints");
    }

}
