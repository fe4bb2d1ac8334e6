package vn.phoihop.testing;

/** A fresh database on the test JVM's PostgreSQL; its user may create logical replication slots. */
public record Database(String name, String jdbcUrl, String username, String password) {
}
