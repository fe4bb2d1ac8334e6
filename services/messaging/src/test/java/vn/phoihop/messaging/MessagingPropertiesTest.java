package vn.phoihop.messaging;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class MessagingPropertiesTest {

    private static final MessagingProperties.Relay RELAY = new MessagingProperties.Relay(true, null, false,
            Duration.ofSeconds(2), Duration.ofSeconds(60));

    @Test
    void needsTheProducerAndItsTopic() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new MessagingProperties(null, "out", null, null, null, 3, RELAY))
            .withMessage("phoihop.messaging.producer must be set");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new MessagingProperties("cadre-board", " ", null, null, null, 3, RELAY))
            .withMessage("phoihop.messaging.outbound-topic must be set");
    }

    @Test
    void needsTheExpectedProducerAndADeadLetterTopicToConsume() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new MessagingProperties("cadre-board", "out", "in", null, "dlt", 3, RELAY))
            .withMessage("phoihop.messaging.inbound-producer must be set");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new MessagingProperties("cadre-board", "out", "in", "executive-board", null, 3, RELAY))
            .withMessage("phoihop.messaging.dead-letter-topic must be set");
        assertThatNoException()
            .isThrownBy(() -> new MessagingProperties("cadre-board", "out", null, null, null, 3, RELAY));
    }

}
