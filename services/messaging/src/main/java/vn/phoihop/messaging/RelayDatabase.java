package vn.phoihop.messaging;

import java.net.URI;
import java.util.Locale;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The service's PostgreSQL database, as the relay reaches it: Debezium wants host, port and name apart; the
 * leadership lock and the offset store use the JDBC URL.
 */
record RelayDatabase(String jdbcUrl, String host, int port, String name, String username, String password) {

    private static final String PREFIX = "jdbc:postgresql://";

    private static final int SLOT_NAME_LIMIT = 63;

    static RelayDatabase of(JdbcConnectionDetails details) {
        return parse(details.getJdbcUrl(), details.getUsername(), details.getPassword());
    }

    static RelayDatabase parse(String jdbcUrl, String username, String password) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(PREFIX) || jdbcUrl.substring(PREFIX.length()).contains(",")) {
            throw new IllegalArgumentException("the outbox relay needs a single-host jdbc:postgresql:// URL");
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String name = (uri.getPath() != null && uri.getPath().length() > 1) ? uri.getPath().substring(1) : username;
        return new RelayDatabase(jdbcUrl, uri.getHost(), (uri.getPort() != -1) ? uri.getPort() : 5432, name, username,
                password);
    }

    /**
     * The replication slot of a producer in this database. PostgreSQL allows only lower-case letters, digits and
     * underscores, at most 63 of them.
     */
    String slotNameFor(String producer) {
        String sanitised = (producer + "_" + this.name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return sanitised.substring(0, Math.min(sanitised.length(), SLOT_NAME_LIMIT));
    }

}
