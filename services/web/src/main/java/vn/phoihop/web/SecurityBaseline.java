package vn.phoihop.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.web.limits.JsonBodyLimit;
import vn.phoihop.web.limits.LimitSettings;
import vn.phoihop.web.limits.WriteRateLimit;

/**
 * The two filter chains every service starts from, both denying whatever the service does not explicitly grant.
 * The API ({@code /api/**}) takes credentials on every request: HTTP Basic for local users, bearer JWTs when an
 * issuer is configured; it keeps no session. The console (every other path) signs in once, with a form for local
 * users or OpenID Connect when a client registration is configured, and rides on a session, so it has CSRF
 * protection, a fresh session id at sign-in and a content security policy.
 */
public final class SecurityBaseline {

    /** Ordered before {@link #console}, which takes every request the API chain leaves. */
    public static final int API_ORDER = 1;

    public static final int CONSOLE_ORDER = 2;

    /** Also the paths whose errors {@link ApiErrorResponses} answers with Problem Details. */
    static final String[] API_PATHS = { "/api/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
            "/actuator/**" };

    private static final String[] PUBLIC_PAGES = { "/login", "/error", "/webjars/**", "/console/**",
            "/favicon.ico" };

    /** htmx and the consoles' stylesheet come from the service itself; nothing is inline, nothing framed. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final JsonMapper json;

    private final TokenRoles tokenRoles;

    private final String userNameClaim;

    private final ObjectProvider<JwtDecoder> jwtDecoder;

    private final ObjectProvider<ClientRegistrationRepository> clientRegistrations;

    /** One for both chains: a user's writes through the API and through the console share one allowance. */
    private final WriteRateLimit writeRateLimit;

    private final JsonBodyLimit jsonBodyLimit;

    SecurityBaseline(JsonMapper json, SecuritySettings settings, LimitSettings limits,
            ObjectProvider<JwtDecoder> jwtDecoder, ObjectProvider<ClientRegistrationRepository> clientRegistrations) {
        this.json = json;
        this.tokenRoles = new TokenRoles(settings.rolesClaim());
        this.userNameClaim = settings.userNameClaim();
        this.jwtDecoder = jwtDecoder;
        this.clientRegistrations = clientRegistrations;
        this.writeRateLimit = limits.limitsWrites() ? new WriteRateLimit(limits, json) : null;
        this.jsonBodyLimit = new JsonBodyLimit(limits, json);
    }

    public SecurityFilterChain api(HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> grants)
            throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(json);
        http.securityMatcher(API_PATHS).authorizeHttpRequests(requests -> {
            requests.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll();
            grants.customize(requests);
            requests.anyRequest().denyAll();
        })
            .httpBasic(basic -> basic.authenticationEntryPoint(handlers.unauthenticated()))
            .exceptionHandling(errors -> errors.authenticationEntryPoint(handlers.unauthenticated())
                .accessDeniedHandler(handlers.forbidden()))
            // credentials come with every request, never from a browser session, so there is no session to ride on
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        limitWrites(http);
        // after the rate limit, so a user over it does not make the service read a body first
        http.addFilterAfter(jsonBodyLimit, AuthorizationFilter.class);
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(jwtRoles()))
                .authenticationEntryPoint(handlers.unauthenticated())
                .accessDeniedHandler(handlers.forbidden()));
        }
        return http.build();
    }

    public SecurityFilterChain console(HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> grants)
            throws Exception {
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers(PUBLIC_PAGES).permitAll();
            grants.customize(requests);
            requests.anyRequest().denyAll();
        })
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
            .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
            .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny()));
        limitWrites(http);
        if (clientRegistrations.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(oidcRoles())));
        }
        return http.build();
    }

    /** After authorisation: the limit is per user, and a write the user may not make costs nothing. */
    private void limitWrites(HttpSecurity http) {
        if (writeRateLimit != null) {
            http.addFilterAfter(writeRateLimit, AuthorizationFilter.class);
        }
    }

    private JwtAuthenticationConverter jwtRoles() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> tokenRoles.of(jwt.getClaims()));
        converter.setPrincipalClaimName(userNameClaim);
        return converter;
    }

    private GrantedAuthoritiesMapper oidcRoles() {
        return (Collection<? extends GrantedAuthority> authorities) -> {
            Set<GrantedAuthority> roles = new LinkedHashSet<>();
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    roles.addAll(tokenRoles.of(oidc.getIdToken().getClaims()));
                    if (oidc.getUserInfo() != null) {
                        roles.addAll(tokenRoles.of(oidc.getUserInfo().getClaims()));
                    }
                }
                else if (authority instanceof OAuth2UserAuthority oauth2) {
                    roles.addAll(tokenRoles.of(oauth2.getAttributes()));
                }
            }
            return roles;
        };
    }

}
