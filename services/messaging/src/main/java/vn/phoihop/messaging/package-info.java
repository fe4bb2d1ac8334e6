/**
 * Messaging plumbing every board reads identically: transactional outbox, the Debezium relay that publishes
 * it, the idempotent inbox and dead letters.
 */
package vn.phoihop.messaging;
