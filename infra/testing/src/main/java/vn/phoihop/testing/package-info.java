/** One real Kafka broker and one real PostgreSQL per test JVM: Testcontainers with Docker, local servers without. */
package vn.phoihop.testing;
