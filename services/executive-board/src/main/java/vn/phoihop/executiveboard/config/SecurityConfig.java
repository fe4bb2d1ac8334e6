package vn.phoihop.executiveboard.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import vn.phoihop.web.SecurityBaseline;

/** Who may do what at the executive board (docs/protocol.md); anything not granted here is denied. */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final String[] READERS = { "STANDING_COMMITTEE", "ASSIGNED_MEMBER", "AUDITOR", "ADMIN" };

    @Bean
    @Order(SecurityBaseline.API_ORDER)
    SecurityFilterChain api(HttpSecurity http, SecurityBaseline baseline) throws Exception {
        return baseline.api(http, grants -> grants
            // the API's description is public, so that clients can be generated without an account
            .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
            .permitAll()
            .requestMatchers(HttpMethod.GET, "/api/consultations", "/api/consultations/*", "/api/members",
                    "/api/unit-assignments")
            .hasAnyRole(READERS)
            .requestMatchers(HttpMethod.POST, "/api/consultations/*/review").hasRole("ASSIGNED_MEMBER")
            .requestMatchers(HttpMethod.POST, "/api/consultations/*/opinion").hasRole("STANDING_COMMITTEE")
            .requestMatchers(HttpMethod.PUT, "/api/members/*", "/api/unit-assignments/*").hasRole("ADMIN")
            .requestMatchers(HttpMethod.GET, "/api/admin/dead-letters").hasRole("ADMIN")
            .requestMatchers(HttpMethod.POST, "/api/admin/dead-letters/*/*/redrive").hasRole("ADMIN")
            .requestMatchers(HttpMethod.GET, "/api/regulations").authenticated());
    }

    @Bean
    @Order(SecurityBaseline.CONSOLE_ORDER)
    SecurityFilterChain console(HttpSecurity http, SecurityBaseline baseline) throws Exception {
        return baseline.console(http, grants -> grants
            .requestMatchers(HttpMethod.GET, "/", "/consultations", "/consultations/*")
            .hasAnyRole(READERS)
            .requestMatchers(HttpMethod.POST, "/consultations/*/review").hasRole("ASSIGNED_MEMBER")
            .requestMatchers(HttpMethod.POST, "/consultations/*/meeting/check", "/consultations/*/opinion")
            .hasRole("STANDING_COMMITTEE"));
    }

}
