package vn.phoihop.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import vn.phoihop.web.console.ConsoleConfiguration;
import vn.phoihop.web.limits.LimitSettings;

@AutoConfiguration(before = { UserDetailsServiceAutoConfiguration.class, MessageSourceAutoConfiguration.class })
@EnableConfigurationProperties({ SecuritySettings.class, LimitSettings.class })
@Import({ ProblemDetailsAdvice.class, ConsoleConfiguration.class })
public class WebAutoConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Exposed only as a lookup: an {@code InMemoryUserDetailsManager} bean would also be taken as the place to
     * upgrade stored passwords, re-hashing the demo passwords with BCrypt after the first login and making
     * every Basic-authenticated API call pay a BCrypt check (about 80 ms of CPU here).
     */
    @Bean
    UserDetailsService users(SecuritySettings settings) {
        List<UserDetails> users = settings.users()
            .stream()
            .map(user -> User.withUsername(user.name())
                .password(user.password())
                .roles(user.roles().toArray(String[]::new))
                .build())
            .toList();
        return new InMemoryUserDetailsManager(users)::loadUserByUsername;
    }

    @Bean
    SecurityBaseline securityBaseline(JsonMapper json, SecuritySettings settings, LimitSettings limits,
            ObjectProvider<JwtDecoder> jwtDecoder, ObjectProvider<ClientRegistrationRepository> clientRegistrations) {
        return new SecurityBaseline(json, settings, limits, jwtDecoder, clientRegistrations);
    }

    /** Before Spring Security's filter, which has nothing to decide about an answer already refused. */
    @Bean
    FilterRegistrationBean<ApiErrorResponses> apiErrorResponses(JsonMapper json) {
        FilterRegistrationBean<ApiErrorResponses> registration = new FilterRegistrationBean<>(
                new ApiErrorResponses(json));
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Replaces Boot's strategies, which are the header alone too: no service negotiates on a parameter. */
    @Bean
    WebMvcConfigurer lenientAcceptHeader() {
        return new WebMvcConfigurer() {
            @Override
            public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
                negotiation.strategies(List.of(new LenientAcceptHeader()));
            }
        };
    }

    /**
     * Tomcat refuses an encoded slash ({@code %2F}) in a path on its own, with an HTML page, before the service
     * sees the request. Passed on still encoded, it meets Spring Security's firewall, which refuses it as well, but
     * where an API client gets Problem Details. (A {@code %00} Tomcat refuses whatever it is told.)
     */
    @Bean
    TomcatConnectorCustomizer encodedSlashToTheFirewall() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }

    @Bean
    MalformedMultipart malformedMultipart() {
        return new MalformedMultipart();
    }

    /** Boot adds every module bean to the JSON mapper the API reads requests with. */
    @Bean
    JacksonModule storableText() {
        return new SimpleModule("storable-text").addDeserializer(String.class, new StorableText());
    }

    /** The consoles' shared texts, then the service's own {@code messages*.properties}; Vietnamese is the base. */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("console/messages", "messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

}
