package vn.phoihop.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local users of a service. Passwords carry their encoding id ({@code {bcrypt}...}, or {@code {noop}...} for
 * the demo) so production can supply hashes without a code change; OIDC replaces these users later.
 */
@ConfigurationProperties("phoihop.security")
public record UserProperties(List<User> users) {

    public UserProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String name, String password, List<String> roles) {
    }

}
