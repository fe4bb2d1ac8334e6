package vn.phoihop.web.console;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page: local users' form, and a button per identity provider when OpenID Connect is configured. */
@ConsoleController
class LoginController {

    private final List<ClientRegistration> providers = new ArrayList<>();

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            all.forEach(registration -> providers.add((ClientRegistration) registration));
        }
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", providers);
        return "console/login";
    }

}
