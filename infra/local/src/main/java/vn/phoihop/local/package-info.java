/** The one-command local stack: PostgreSQL, a Kafka broker, the boards as OS processes and demo data. */
package vn.phoihop.local;
