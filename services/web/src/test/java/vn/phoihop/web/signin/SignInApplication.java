package vn.phoihop.web.signin;

import java.util.List;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.web.SecurityBaseline;
import vn.phoihop.web.console.ConsoleController;

/** A service reduced to one API endpoint and one page, to try the ways of signing in against the baseline. */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableWebSecurity
class SignInApplication {

    @Bean
    @Order(SecurityBaseline.API_ORDER)
    SecurityFilterChain api(HttpSecurity http, SecurityBaseline baseline) throws Exception {
        return baseline.api(http, grants -> grants.requestMatchers(HttpMethod.GET, "/api/whoami")
            .hasAnyRole("AUDITOR", "ASSIGNED_MEMBER"));
    }

    @Bean
    @Order(SecurityBaseline.CONSOLE_ORDER)
    SecurityFilterChain console(HttpSecurity http, SecurityBaseline baseline) throws Exception {
        return baseline.console(http, grants -> grants.requestMatchers(HttpMethod.GET, "/").hasRole("AUDITOR"));
    }

    @RestController
    static class WhoAmI {

        @GetMapping("/api/whoami")
        String whoAmI(Authentication user) {
            List<String> roles = user.getAuthorities()
                .stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .sorted()
                .toList();
            return user.getName() + " " + roles;
        }

    }

    @ConsoleController
    static class Home {

        @GetMapping("/")
        String home() {
            return "signin-home";
        }

    }

}
