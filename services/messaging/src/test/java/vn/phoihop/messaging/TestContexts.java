package vn.phoihop.messaging;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.events.ConsultationRequested;

/** Instances of a test service started and stopped by the test itself, as a deployment would. */
final class TestContexts {

    private TestContexts() {
    }

    static ConfigurableApplicationContext start(TestService service, String... overrides) {
        return start(service.properties(), overrides);
    }

    /** With {@code properties} in place of a service's: an override cannot take a property away. */
    static ConfigurableApplicationContext start(Map<String, Object> serviceProperties, String... overrides) {
        Stream<String> properties = serviceProperties.entrySet()
            .stream()
            .map((property) -> "--" + property.getKey() + "=" + property.getValue());
        return new SpringApplicationBuilder(MessagingTestApplication.class).web(WebApplicationType.NONE)
            .run(Stream.concat(properties, Stream.of(overrides)).toArray(String[]::new));
    }

    static ConsultationRequested append(ConfigurableApplicationContext context, String caseId) {
        Outbox outbox = context.getBean(Outbox.class);
        return context.getBean(TransactionTemplate.class)
            .execute((transaction) -> outbox.append(caseId, 1, TestEvents.REGULATION_VERSION,
                    TestEvents::consultationRequested))
            .event();
    }

    static Map<String, Object> relayHealth(ConfigurableApplicationContext context) {
        Health health = ((HealthIndicator) context.getBean(HealthContributorRegistry.class)
            .getContributor("outboxRelay")).health();
        return health.getDetails();
    }

    static long timesPublished(TestKafka kafka, String topic, ConsultationRequested event) {
        String eventId = event.getEnvelope().getEventId();
        return kafka.readAll(topic)
            .stream()
            .map((ConsumerRecord<String, byte[]> record) -> TestKafka.header(record, EventHeaders.EVENT_ID))
            .filter(eventId::equals)
            .count();
    }

    static void awaitPublished(TestKafka kafka, String topic, ConsultationRequested event) {
        Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> Optional.of(timesPublished(kafka, topic, event)), (times) -> times.get() > 0);
    }

}
