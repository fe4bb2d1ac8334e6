package vn.phoihop.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code phoihop.idempotency}.
 *
 * @param retention how long the answer of a command sent with an {@code Idempotency-Key} is kept for its resends; a
 *     resend after that is a new command. A day, as the payment APIs that made the header common keep theirs.
 */
@ConfigurationProperties("phoihop.idempotency")
record IdempotencySettings(@DefaultValue("24h") Duration retention) {
}
