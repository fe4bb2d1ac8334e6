package vn.phoihop.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Settings under {@code phoihop.messaging}.
 *
 * @param producer this service's producer name; also the inbound consumer group
 * @param outboundTopic where this service's events go
 * @param inboundTopic the topic this service consumes; no listener when absent
 * @param inboundProducer the only producer whose events are accepted from the inbound topic
 * @param deadLetterTopic where refused inbound records go
 * @param topicPartitions partitions of the topics this service declares
 * @param relay the outbox relay
 */
@ConfigurationProperties("phoihop.messaging")
record MessagingProperties(String producer, String outboundTopic, String inboundTopic, String inboundProducer,
        String deadLetterTopic, @DefaultValue("3") int topicPartitions, @DefaultValue Relay relay) {

    MessagingProperties {
        require(producer, "producer");
        require(outboundTopic, "outbound-topic");
        if (StringUtils.hasText(inboundTopic)) {
            require(inboundProducer, "inbound-producer");
            require(deadLetterTopic, "dead-letter-topic");
        }
    }

    private static void require(String value, String name) {
        if (!StringUtils.hasText(value)) {
            throw new IllegalArgumentException("phoihop.messaging." + name + " must be set");
        }
    }

    /**
     * @param enabled false runs no engine at all (tests use it to stand for a crash before publication)
     * @param slotName replication slot; derived from the producer and database name when absent
     * @param dropSlotOnStop for tests only: a dropped slot loses every change made while no relay runs
     * @param standbyPollInterval how often a standby tries to become the leader
     * @param startTimeout how long the leader's start may wait for the engine to stream
     */
    record Relay(@DefaultValue("true") boolean enabled, String slotName, boolean dropSlotOnStop,
            @DefaultValue("2s") Duration standbyPollInterval, @DefaultValue("60s") Duration startTimeout) {
    }

}
