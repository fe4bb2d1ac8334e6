package vn.phoihop.cadreboard.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import vn.phoihop.web.SecurityBaseline;

/** Who may do what at the cadre board; anything not granted here is denied. */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityBaseline baseline) throws Exception {
        return baseline.build(http, grants -> grants
            .requestMatchers(HttpMethod.GET, "/api/cases", "/api/cases/*").hasAnyRole("SECRETARIAT", "AUDITOR", "ADMIN")
            .requestMatchers(HttpMethod.POST, "/api/cases", "/api/cases/*/submission", "/api/cases/*/decision")
            .hasRole("SECRETARIAT"));
    }

}
