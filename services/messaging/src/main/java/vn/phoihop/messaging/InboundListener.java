package vn.phoihop.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Consumes the inbound topic; what fails goes to the dead-letter topic through the container's error handler
 * ({@link DeadLetters}).
 */
final class InboundListener {

    private final InboundDelivery delivery;

    InboundListener(InboundDelivery delivery) {
        this.delivery = delivery;
    }

    @KafkaListener(id = "phoihop-inbound", topics = "${phoihop.messaging.inbound-topic}",
            groupId = "${phoihop.messaging.producer}", containerFactory = InboundConfiguration.CONTAINER_FACTORY)
    void receive(ConsumerRecord<String, byte[]> record) {
        this.delivery.deliver(record);
    }

}
