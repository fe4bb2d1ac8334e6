package vn.phoihop.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

import vn.phoihop.events.Topics;

/**
 * Settings under {@code phoihop.messaging}.
 *
 * @param producer this service's producer name; also the inbound consumer group
 * @param outboundTopic where this service's events go
 * @param inboundTopic the topic this service consumes; no listener when absent
 * @param inboundProducer the only producer whose events are accepted from the inbound topic
 * @param deadLetterTopic where refused inbound records go
 * @param topicPartitions partitions of the topics this service declares
 * @param inboundConcurrency consumers of the inbound topic in this instance, each with partitions of its own; a
 *     case's events share a partition, so they are still applied in order
 * @param relay the outbox relay
 * @param checkpoints the signed checkpoints of this service's event stream
 */
@ConfigurationProperties("phoihop.messaging")
record MessagingProperties(String producer, String outboundTopic, String inboundTopic, String inboundProducer,
        String deadLetterTopic, @DefaultValue("3") int topicPartitions, @DefaultValue("1") int inboundConcurrency,
        @DefaultValue Relay relay,
        @DefaultValue Checkpoints checkpoints) {

    MessagingProperties {
        require(producer, "producer");
        require(outboundTopic, "outbound-topic");
        if (StringUtils.hasText(inboundTopic)) {
            require(inboundProducer, "inbound-producer");
            require(deadLetterTopic, "dead-letter-topic");
        }
    }

    String checkpointsTopic() {
        return StringUtils.hasText(checkpoints.topic()) ? checkpoints.topic() : Topics.checkpointsOf(producer);
    }

    private static void require(String value, String name) {
        require(StringUtils.hasText(value), name, "");
    }

    private static void require(boolean present, String name, String consequence) {
        if (!present) {
            throw new IllegalArgumentException("phoihop.messaging." + name + " must be set" + consequence);
        }
    }

    /**
     * @param enabled false runs no engine at all (tests use it to stand for a crash before publication)
     * @param slotName replication slot; derived from the producer and database name when absent
     * @param dropSlotOnStop for tests only: a dropped slot loses every change made while no relay runs
     * @param standbyPollInterval how often a standby tries to become the leader
     * @param startTimeout how long the leader's start may wait for the engine to stream
     * @param pollInterval how long the engine waits when it finds no change: at most this much is added to the
     *     latency of an event committed while it waits
     */
    record Relay(@DefaultValue("true") boolean enabled, String slotName, boolean dropSlotOnStop,
            @DefaultValue("2s") Duration standbyPollInterval, @DefaultValue("60s") Duration startTimeout,
            @DefaultValue("10ms") Duration pollInterval) {
    }

    /**
     * @param enabled false runs the service without signing its stream; only where nobody audits it
     * @param keyId names the key for the auditors, who look its public key up by producer and key id
     * @param privateKeyFile where the Ed25519 private key is, PKCS#8 PEM: a file path ({@code classpath:} in tests)
     * @param interval how often the stream head is signed, if it moved
     * @param topic where they go; the contract's {@code phoihop.<producer>.checkpoints} when absent (a cluster that
     *     prefixes its topic names per environment sets it with the same prefix as the others)
     */
    record Checkpoints(@DefaultValue("true") boolean enabled, String keyId, String privateKeyFile,
            @DefaultValue("10s") Duration interval, String topic) {

        // deny by default: a board that forgot its key must not start and publish a stream nobody can vouch for
        private static final String UNLESS_DISABLED = ": the service signs checkpoints of its event stream"
                + " (phoihop.messaging.checkpoints.enabled=false runs it unsigned)";

        Checkpoints {
            if (enabled) {
                require(StringUtils.hasText(keyId), "checkpoints.key-id", UNLESS_DISABLED);
                require(StringUtils.hasText(privateKeyFile), "checkpoints.private-key-file", UNLESS_DISABLED);
            }
        }

    }

}
