package vn.phoihop.messaging;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.events.EventCodec;
import vn.phoihop.web.paging.Page;

/**
 * The inbound side, when the service names an inbound topic; it then must declare an {@link InboundEventHandler}.
 * Everything Kafka needs is here, so a service configures nothing but {@code spring.kafka.bootstrap-servers}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("phoihop.messaging.inbound-topic")
class InboundConfiguration {

    static final String CONTAINER_FACTORY = "phoihopInboundContainerFactory";

    @Bean
    DeadLetters phoihopDeadLetters(KafkaProperties kafka, MessagingProperties properties) {
        return new DeadLetters(kafka.buildProducerProperties(), properties.deadLetterTopic());
    }

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, byte[]> phoihopInboundContainerFactory(KafkaProperties kafka,
            DeadLetters deadLetters, MessagingProperties properties) {
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        // a new service must see the history that was published before it first subscribed
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        ConcurrentKafkaListenerContainerFactory<String, byte[]> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(consumer));
        factory.setCommonErrorHandler(deadLetters.errorHandler());
        factory.setConcurrency(properties.inboundConcurrency());
        return factory;
    }

    @Bean
    InboundDelivery phoihopInboundDelivery(EventCodec codec, JdbcClient jdbc, InboundEventHandler handler,
            PlatformTransactionManager transactionManager, MessagingProperties properties) {
        return new InboundDelivery(codec, new Inbox(jdbc), handler, new TransactionTemplate(transactionManager),
                properties.inboundProducer());
    }

    @Bean
    InboundListener phoihopInboundListener(InboundDelivery delivery) {
        return new InboundListener(delivery);
    }

    /** The admin's endpoints, in a service that serves HTTP with the platform's web plumbing. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(Page.class)
    @Import(DeadLetterController.class)
    static class DeadLetterAdminConfiguration {

        @Bean
        DeadLetterAdmin phoihopDeadLetterAdmin(KafkaProperties kafka, MessagingProperties properties,
                JdbcClient jdbc, InboundDelivery delivery, EventCodec codec,
                PlatformTransactionManager transactionManager) {
            return new DeadLetterAdmin(
                    new DeadLetterTopic(kafka.buildConsumerProperties(), properties.deadLetterTopic()),
                    properties.deadLetterTopic(), new RedriveLog(jdbc), delivery, codec,
                    new TransactionTemplate(transactionManager));
        }

    }

}
