package vn.phoihop.audit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import vn.phoihop.web.SecurityBaseline;

/**
 * Auditors read, in the API and the console alike; only an administrator makes the audit read the topics now or
 * rebuild its copy.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    @Bean
    @Order(SecurityBaseline.API_ORDER)
    SecurityFilterChain api(HttpSecurity http, SecurityBaseline baseline) throws Exception {
        return baseline.api(http, grants -> grants
            .requestMatchers(HttpMethod.GET, "/api/audit/**")
            .hasAnyRole("AUDITOR", "ADMIN")
            .requestMatchers(HttpMethod.POST, "/api/audit/ingestion", "/api/audit/rebuild")
            .hasRole("ADMIN")
            .requestMatchers(HttpMethod.GET, "/api/regulations")
            .authenticated());
    }

    @Bean
    @Order(SecurityBaseline.CONSOLE_ORDER)
    SecurityFilterChain console(HttpSecurity http, SecurityBaseline baseline) throws Exception {
        return baseline.console(http, grants -> grants
            .requestMatchers(HttpMethod.GET, "/", "/cases", "/cases/*", "/reports/term", "/reports/term.csv",
                    "/reports/term.pdf")
            .hasAnyRole("AUDITOR", "ADMIN")
            .requestMatchers(HttpMethod.POST, "/ingestion", "/rebuild")
            .hasRole("ADMIN"));
    }

}
