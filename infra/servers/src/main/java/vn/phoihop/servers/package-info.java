/** Real PostgreSQL and Kafka servers and service processes for tests and the local stack, without Docker. */
package vn.phoihop.servers;
