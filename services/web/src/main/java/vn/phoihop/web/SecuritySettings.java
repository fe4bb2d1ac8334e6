package vn.phoihop.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may sign in. Local users carry their password's encoding id ({@code {bcrypt}...}, or {@code {noop}...} for
 * the demo) so production can supply hashes without a code change. With an identity provider (docs/security.md) the
 * roles and the user name come from the token's claims instead: {@code rolesClaim} may be a dotted path, such as
 * Keycloak's {@code realm_access.roles}.
 */
@ConfigurationProperties("phoihop.security")
public record SecuritySettings(List<User> users, String rolesClaim, String userNameClaim) {

    public SecuritySettings {
        users = users == null ? List.of() : List.copyOf(users);
        rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
        userNameClaim = userNameClaim == null ? "preferred_username" : userNameClaim;
    }

    public record User(String name, String password, List<String> roles) {
    }

}
