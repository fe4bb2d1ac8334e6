package vn.phoihop.audit.report;

import java.io.ByteArrayOutputStream;

/** An output stream that remembers being closed, since a renderer must leave the caller's stream open. */
final class ClosingWatch extends ByteArrayOutputStream {

    boolean closed;

    @Override
    public void close() {
        this.closed = true;
    }
}
