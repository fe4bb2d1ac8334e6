/**
 * The events the two boards exchange: Avro classes generated from {@code schemas/src/main/avro}, the topics that carry
 * them, and the codec that reads every schema version ever released.
 */
package vn.phoihop.events;
