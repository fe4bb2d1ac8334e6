package vn.phoihop.audit.replay;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import vn.phoihop.audit.history.TopicRecord;

/** Where the history is read from: the boards' topics themselves, or the audit's own copy of them. */
public interface HistorySource {

    /**
     * Hands over every record up to where the source ended when the read began, in batches; within a partition in
     * offset order.
     */
    void read(Consumer<Batch> batches);

    /**
     * Records read together.
     *
     * @param records the records
     * @param readEverywhereUpTo every partition not yet at its end has been read up to this broker time
     */
    record Batch(List<TopicRecord> records, Instant readEverywhereUpTo) {
    }
}
