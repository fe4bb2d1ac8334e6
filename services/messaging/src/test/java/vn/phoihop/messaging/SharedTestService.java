package vn.phoihop.messaging;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.phoihop.testing.RealServers;

/**
 * One test service, database and Spring context shared by the test classes that need nothing else; its relay
 * leads from the start.
 */
@SpringBootTest(classes = MessagingTestApplication.class)
abstract class SharedTestService {

    static final TestService SERVICE = TestService.consuming("shared");

    static final TestKafka KAFKA = new TestKafka(RealServers.kafkaBootstrapServers());

    @DynamicPropertySource
    static void service(DynamicPropertyRegistry registry) {
        SERVICE.properties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("phoihop.messaging.relay.drop-slot-on-stop", () -> "true");
    }

    static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100));
    }

}
