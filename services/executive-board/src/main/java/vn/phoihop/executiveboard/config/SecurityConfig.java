package vn.phoihop.executiveboard.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import vn.phoihop.web.SecurityBaseline;

/** Who may do what at the executive board; anything not granted here is denied. */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityBaseline baseline) throws Exception {
        return baseline.build(http, grants -> grants
            .requestMatchers(HttpMethod.GET, "/api/consultations", "/api/consultations/*")
            .hasAnyRole("STANDING_COMMITTEE", "ASSIGNED_MEMBER", "AUDITOR", "ADMIN")
            .requestMatchers(HttpMethod.POST, "/api/consultations/*/opinion").hasRole("STANDING_COMMITTEE"));
    }

}
