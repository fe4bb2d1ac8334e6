package vn.phoihop.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The platform roles named in a token's claims, found at a dotted path such as {@code realm_access.roles}. */
final class TokenRoles {

    private final List<String> path;

    TokenRoles(String claimPath) {
        this.path = List.of(claimPath.split("\\."));
    }

    List<GrantedAuthority> of(Map<String, Object> claims) {
        Object value = claims;
        for (String step : path) {
            if (!(value instanceof Map<?, ?> map)) {
                return List.of();
            }
            value = map.get(step);
        }
        if (!(value instanceof Collection<?> names)) {
            return List.of();
        }
        return names.stream()
            .map(String::valueOf)
            .filter(Roles.ALL::contains)
            .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
            .toList();
    }

}
