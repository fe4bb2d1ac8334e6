package vn.phoihop.executiveboard;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.phoihop.testing.Database;
import vn.phoihop.testing.RealServers;

/** The whole executive board on this test JVM's real Kafka broker and a database of its own, shared by the ITs. */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class RealServersTest {

    private static final Database DATABASE = RealServers.newDatabase("executive_board_it");

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
        registry.add("spring.kafka.bootstrap-servers", RealServers::kafkaBootstrapServers);
        registry.add("phoihop.messaging.relay.drop-slot-on-stop", () -> "true");
    }

}
