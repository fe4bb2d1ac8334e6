package vn.phoihop.web.limits;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.web.SecurityBaseline;
import vn.phoihop.web.console.ConsoleController;

/** A service reduced to one API resource to write and read and one console form, counting what it executes. */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableWebSecurity
class LimitedApplication {

    static final AtomicInteger executed = new AtomicInteger();

    @Bean
    @Order(SecurityBaseline.API_ORDER)
    SecurityFilterChain api(HttpSecurity http, SecurityBaseline baseline) throws Exception {
        return baseline.api(http, grants -> grants.requestMatchers("/api/notes").hasRole("SECRETARIAT"));
    }

    @Bean
    @Order(SecurityBaseline.CONSOLE_ORDER)
    SecurityFilterChain console(HttpSecurity http, SecurityBaseline baseline) throws Exception {
        return baseline.console(http,
                grants -> grants.requestMatchers(HttpMethod.POST, "/notes").hasRole("SECRETARIAT"));
    }

    record Note(String text) {
    }

    @RestController
    static class Notes {

        @PostMapping("/api/notes")
        Note write(@RequestBody Note note) {
            executed.incrementAndGet();
            return note;
        }

        @GetMapping("/api/notes")
        Note read() {
            return new Note("read");
        }

    }

    @ConsoleController
    static class NoteForm {

        @PostMapping("/notes")
        String write() {
            executed.incrementAndGet();
            return "redirect:/notes";
        }

    }

}
