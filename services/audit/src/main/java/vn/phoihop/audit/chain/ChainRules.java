package vn.phoihop.audit.chain;

import java.util.List;

import vn.phoihop.audit.verdict.Rule;

/** What the tamper evidence requires of each board's stream: the hash chain, the signed checkpoints, the topics. */
public final class ChainRules {

    public static final Rule DECODABLE = new Rule("decodable",
            "every record of a board's topics is an event or checkpoint of the contract, in a kept schema version");

    public static final Rule PRODUCER_OWNS_STREAM = new Rule("producer-owns-stream",
            "a board's topics hold only records that name that board as their producer");

    public static final Rule CHAIN_LINK = new Rule("chain-link",
            "each event names the hash of the stream's previous event, so none was altered or removed");

    public static final Rule CHAIN_FORK = new Rule("chain-fork",
            "no two events name the same previous event: nothing was inserted into the stream");

    public static final Rule STREAM_ORDER = new Rule("stream-order",
            "within a partition, events follow the order of the chain: nothing was reordered");

    public static final Rule CHECKPOINT_SIGNATURE = new Rule("checkpoint-signature",
            "every checkpoint is signed by a key of the board that owns the stream, named by its key id");

    public static final Rule CHECKPOINT_COVERS = new Rule("checkpoint-covers",
            "the chain holds, at every signed checkpoint's position, the event whose hash the checkpoint signed");

    public static final List<Rule> ALL = List.of(DECODABLE, PRODUCER_OWNS_STREAM, CHAIN_LINK, CHAIN_FORK,
            STREAM_ORDER, CHECKPOINT_SIGNATURE, CHECKPOINT_COVERS);

    private ChainRules() {
    }
}
