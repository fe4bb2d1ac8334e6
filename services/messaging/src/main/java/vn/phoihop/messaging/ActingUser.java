package vn.phoihop.messaging;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The user an event is attributed to: whoever signed in to the request the board is handling. The services handle a
 * request on one thread from controller to commit, so the security context of that thread is the request's. The
 * outbox stamps every event with it; a service's own records of who acted take it from here too.
 */
public final class ActingUser {

    private ActingUser() {
    }

    /** The signed-in user's name, or null when the board acts on its own (an event it received, its schedule). */
    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

}
