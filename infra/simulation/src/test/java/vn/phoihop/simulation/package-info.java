/**
 * A simulation of both boards' plain domain models exchanging their events over a faulty network (delays,
 * reordering, duplicates, dead letters), with the brief's four invariants checked after every step of a thousand
 * seeded random runs each ({@link vn.phoihop.simulation.RandomRuns}). No Spring, Kafka, Avro or database: the
 * messages are the domain events themselves, mapped to the receiving board's domain calls the way its Kafka
 * adapter maps them.
 */
package vn.phoihop.simulation;
