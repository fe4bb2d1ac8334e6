package vn.phoihop.executiveboard;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/** The agency's Party executive board (Đảng ủy cơ quan): consulted before every personnel decision. */
@SpringBootApplication
public class ExecutiveBoardApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExecutiveBoardApplication.class, args);
    }

    @Bean
    Clock clock() {
        // meeting dates and deadlines are Vietnamese calendar dates wherever the server runs
        return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** So that "not in the future" means by the Vietnamese calendar, not by the server's time zone. */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }

}
