package vn.phoihop.messaging;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox relay: Debezium's embedded engine publishing outbox inserts, one leader per database.
 */
@Configuration(proxyBeanMethods = false)
class RelayConfiguration {

    @Bean
    OutboxPublisher outboxPublisher(KafkaProperties kafka) {
        Map<String, Object> properties = kafka.buildProducerProperties();
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new OutboxPublisher(new KafkaProducer<>(properties));
    }

    @Bean
    RelayState outboxRelayState(OutboxPublisher publisher) {
        return new RelayState(publisher::published);
    }

    @Bean
    OutboxRelay outboxRelay(MessagingProperties properties, JdbcConnectionDetails jdbc, OutboxPublisher publisher,
            RelayState state) {
        MessagingProperties.Relay relay = properties.relay();
        RelayDatabase database = RelayDatabase.of(jdbc);
        String slotName = (relay.slotName() != null) ? relay.slotName() : database.slotNameFor(properties.producer());
        Properties settings = DebeziumSettings.of(database, slotName, relay.dropSlotOnStop(), relay.pollInterval());
        return new OutboxRelay(relay, new RelayLeadership(database, slotName),
                (died) -> new RelayEngine(settings, publisher, died), state);
    }

    @Bean
    OutboxRelayHealthIndicator outboxRelayHealthIndicator(RelayState state) {
        return new OutboxRelayHealthIndicator(state);
    }

}
