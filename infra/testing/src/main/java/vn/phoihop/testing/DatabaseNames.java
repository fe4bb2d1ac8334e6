package vn.phoihop.testing;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique within the JVM, which is enough: each test JVM has its own PostgreSQL. */
final class DatabaseNames {

    // PostgreSQL truncates identifiers at 63 bytes; leave room for the suffix
    private static final int MAX_PREFIX = 50;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private DatabaseNames() {
    }

    /** A plain lower-case identifier, so it never needs quoting in SQL or in a JDBC URL. */
    static String unique(String prefix) {
        String plain = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (plain.isEmpty() || !Character.isLetter(plain.charAt(0))) {
            plain = "db_" + plain;
        }
        if (plain.length() > MAX_PREFIX) {
            plain = plain.substring(0, MAX_PREFIX);
        }
        return plain + "_" + COUNTER.incrementAndGet();
    }
}
