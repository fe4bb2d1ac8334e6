package vn.phoihop.audit.replay;

/** The history could not be read to its end, so no verdict can be given. */
public final class HistoryUnreadable extends RuntimeException {

    HistoryUnreadable(RuntimeException cause) {
        super("the history could not be read: " + cause.getMessage(), cause);
    }
}
