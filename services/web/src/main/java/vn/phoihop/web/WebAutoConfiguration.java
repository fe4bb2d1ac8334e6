package vn.phoihop.web;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration(before = UserDetailsServiceAutoConfiguration.class)
@EnableConfigurationProperties(UserProperties.class)
@Import(ProblemDetailsAdvice.class)
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
    UserDetailsService users(UserProperties properties) {
        List<UserDetails> users = properties.users()
            .stream()
            .map(user -> User.withUsername(user.name())
                .password(user.password())
                .roles(user.roles().toArray(String[]::new))
                .build())
            .toList();
        return new InMemoryUserDetailsManager(users)::loadUserByUsername;
    }

    @Bean
    SecurityBaseline securityBaseline(JsonMapper json) {
        return new SecurityBaseline(json);
    }

}
