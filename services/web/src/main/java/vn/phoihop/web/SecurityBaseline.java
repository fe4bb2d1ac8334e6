package vn.phoihop.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import tools.jackson.databind.json.JsonMapper;

/**
 * What every service's filter chain starts from: HTTP Basic for the API, health open to probes, and
 * everything a service does not explicitly grant denied.
 */
public final class SecurityBaseline {

    private final JsonMapper json;

    public SecurityBaseline(JsonMapper json) {
        this.json = json;
    }

    public SecurityFilterChain build(HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> grants)
            throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(json);
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll();
            grants.customize(requests);
            requests.anyRequest().denyAll();
        })
            .httpBasic(basic -> basic.authenticationEntryPoint(handlers.unauthenticated()))
            .exceptionHandling(errors -> errors.authenticationEntryPoint(handlers.unauthenticated())
                .accessDeniedHandler(handlers.forbidden()))
            // The API is called with credentials on every request, never from a browser session, so there is
            // no session to ride on; the HTML consoles bring their own chain with CSRF.
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

}
