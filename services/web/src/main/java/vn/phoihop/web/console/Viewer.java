package vn.phoihop.web.console;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in user as the pages see it: a name and the platform roles, to show only what the user may do. */
public record Viewer(String name, Set<String> roles) {

    public static Viewer of(Authentication authentication) {
        Set<String> roles = authentication.getAuthorities()
            .stream()
            .map(GrantedAuthority::getAuthority)
            .filter(authority -> authority.startsWith("ROLE_"))
            .map(authority -> authority.substring("ROLE_".length()))
            .collect(Collectors.toUnmodifiableSet());
        return new Viewer(authentication.getName(), roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

}
