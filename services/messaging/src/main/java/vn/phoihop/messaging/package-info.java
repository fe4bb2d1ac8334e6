/**
 * Messaging plumbing every board reads identically: transactional outbox, the Debezium relay that publishes
 * it, the idempotent inbox and dead letters, and signed checkpoints of the outbox's hash chain.
 */
package vn.phoihop.messaging;
