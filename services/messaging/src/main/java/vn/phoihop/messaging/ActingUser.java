package vn.phoihop.messaging;

import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
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

    /**
     * Runs {@code work} as the board acting on its own, although a signed-in user asked for it: an event the
     * board received is nobody's act, even when an admin re-drives it, and must read as when the listener took it.
     */
    static <T> T asBoard(Supplier<T> work) {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }

}
