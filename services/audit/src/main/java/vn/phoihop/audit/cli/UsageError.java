package vn.phoihop.audit.cli;

/** The command line asks for something the audit cannot do; nothing was read. */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message);
    }
}
