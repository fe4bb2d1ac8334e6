package vn.phoihop.simulation;

/** What the network guarantees about order within one direction. Both run behind an inbox that drops duplicates. */
enum Delivery {
    /**
     * Kafka's guarantee: the topics are keyed by case id, so the messages of one case arrive in the order they were
     * sent; messages of different cases may overtake each other.
     */
    ORDERED_PER_CASE,
    /** No order at all: any message in flight may arrive next, and the receiving board may refuse (dead-letter) it. */
    UNORDERED
}
