package vn.phoihop.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import tools.jackson.databind.json.JsonMapper;
import vn.phoihop.web.console.ConsoleConfiguration;

@AutoConfiguration(before = { UserDetailsServiceAutoConfiguration.class, MessageSourceAutoConfiguration.class })
@EnableConfigurationProperties(SecuritySettings.class)
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
    SecurityBaseline securityBaseline(JsonMapper json, SecuritySettings settings,
            ObjectProvider<JwtDecoder> jwtDecoder, ObjectProvider<ClientRegistrationRepository> clientRegistrations) {
        return new SecurityBaseline(json, settings, jwtDecoder, clientRegistrations);
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
