package vn.phoihop.testing;

interface PostgresServer {

    Database createDatabase(String name);
}
