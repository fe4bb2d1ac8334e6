package vn.phoihop.messaging;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import vn.phoihop.events.UndecodableEventException;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterReasonTest {

    @Test
    void saysWhyTheBytesCouldNotBeRead() {
        assertThat(DeadLetterReason.of(failedListener(new UndecodableEventException("not Avro"))))
            .isEqualTo("undecodable: not Avro");
    }

    @Test
    void passesOnTheReasonTheServiceGaveForRejecting() {
        assertThat(DeadLetterReason.of(failedListener(new RejectedEventException("unknown regulation version"))))
            .isEqualTo("rejected: unknown regulation version");
    }

    @Test
    void namesTheExceptionOfAnyOtherFailure() {
        assertThat(DeadLetterReason.of(failedListener(new IllegalStateException("bug"))))
            .isEqualTo("failed: java.lang.IllegalStateException: bug");
    }

    private static ListenerExecutionFailedException failedListener(Exception cause) {
        return new ListenerExecutionFailedException("listener failed", cause);
    }

}
