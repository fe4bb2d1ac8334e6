package vn.phoihop.web.console;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import tools.jackson.databind.json.JsonMapper;

/** What the consoles' layout needs on every page. */
@ControllerAdvice(annotations = ConsoleController.class)
class ConsoleAdvice {

    private final JsonMapper json;

    ConsoleAdvice(JsonMapper json) {
        this.json = json;
    }

    @ModelAttribute("viewer")
    Viewer viewer(Authentication authentication) {
        return authentication == null ? null : Viewer.of(authentication);
    }

    /** htmx sends the CSRF token as a header, for requests it makes outside a form. */
    @ModelAttribute("htmxHeaders")
    String htmxHeaders(CsrfToken csrf) {
        return csrf == null ? null : json.writeValueAsString(Map.of(csrf.getHeaderName(), csrf.getToken()));
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("language")
    String language(Locale locale) {
        return locale.getLanguage();
    }

}
