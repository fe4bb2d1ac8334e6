package vn.phoihop.cadreboard;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The ministry cadre board (Ban Cán sự đảng): runs personnel cases and decides after consultation. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CadreBoardApplication {

    public static void main(String[] args) {
        SpringApplication.run(CadreBoardApplication.class, args);
    }

    @Bean
    Clock clock() {
        // dates of deadlines and decisions are Vietnamese calendar dates wherever the server runs
        return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

}
