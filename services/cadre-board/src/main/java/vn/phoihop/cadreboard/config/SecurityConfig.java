package vn.phoihop.cadreboard.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import vn.phoihop.web.Roles;
import vn.phoihop.web.SecurityBaseline;

/** Who may do what at the cadre board (docs/protocol.md); anything not granted here is denied. */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final String[] CASE_COMMANDS = { "/api/cases", "/api/cases/*/submission",
            "/api/cases/*/amendment", "/api/cases/*/information", "/api/cases/*/withdrawal",
            "/api/cases/*/decision-meeting", "/api/cases/*/decision", "/api/cases/*/upward-submission",
            "/api/cases/*/higher-decision" };

    @Bean
    @Order(SecurityBaseline.API_ORDER)
    SecurityFilterChain api(HttpSecurity http, SecurityBaseline baseline) throws Exception {
        return baseline.api(http, grants -> grants
            // the API's description is public, so clients can be generated without credentials
            .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
            .permitAll()
            .requestMatchers(HttpMethod.GET, "/api/cases", "/api/cases/*", "/api/reports/term")
            .hasAnyRole("SECRETARIAT", "AUDITOR", "ADMIN")
            .requestMatchers(HttpMethod.GET, "/api/regulations")
            .authenticated()
            .requestMatchers(HttpMethod.POST, CASE_COMMANDS)
            .hasRole("SECRETARIAT")
            .requestMatchers(HttpMethod.POST, "/api/deadlines/check")
            .hasRole("ADMIN")
            .requestMatchers(HttpMethod.GET, "/api/admin/dead-letters")
            .hasRole("ADMIN")
            .requestMatchers(HttpMethod.POST, "/api/admin/dead-letters/*/*/redrive")
            .hasRole("ADMIN"));
    }

    private static final String[] CASE_PAGES = { "/", "/cases", "/cases/*", "/cases/*/timeline",
            "/cases/*/updates" };

    private static final String[] CASE_FORMS = { "/cases", "/cases/*/submission", "/cases/*/amendment",
            "/cases/*/information", "/cases/*/withdrawal", "/cases/*/decision-meeting", "/cases/*/decision",
            "/cases/*/upward-submission", "/cases/*/higher-decision" };

    /** The secretariat's console; the dossiers' documents are read by both boards' users, who sign in here. */
    @Bean
    @Order(SecurityBaseline.CONSOLE_ORDER)
    SecurityFilterChain console(HttpSecurity http, SecurityBaseline baseline) throws Exception {
        return baseline.console(http, grants -> grants
            .requestMatchers(HttpMethod.GET, "/cases/new")
            .hasRole("SECRETARIAT")
            .requestMatchers(HttpMethod.GET, CASE_PAGES)
            .hasAnyRole("SECRETARIAT", "AUDITOR", "ADMIN")
            .requestMatchers(HttpMethod.POST, CASE_FORMS)
            .hasRole("SECRETARIAT")
            .requestMatchers(HttpMethod.GET, "/documents/*")
            .hasAnyRole(Roles.ALL.toArray(String[]::new)));
    }

}
