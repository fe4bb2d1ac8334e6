/**
 * Synthetic histories of both boards, as records ready for a real broker: complete consultation cycles that the
 * regulation allows, hash-chained and checkpointed exactly as the boards publish them, generated from a seed.
 */
package vn.phoihop.testing.history;
