package vn.phoihop.testing;

import vn.phoihop.servers.LocalKafka;
import vn.phoihop.servers.LocalPostgres;

/** Both servers stop and delete their temporary data through their own JVM shutdown hooks. */
final class LocalServers implements ServerSource {

    @Override
    public String startKafka() {
        return LocalKafka.start().bootstrapServers();
    }

    @Override
    public PostgresServer startPostgres() {
        LocalPostgres postgres = LocalPostgres.start();
        return name -> {
            postgres.createDatabase(name);
            return new Database(name, postgres.jdbcUrl(name), postgres.username(), postgres.password());
        };
    }
}
