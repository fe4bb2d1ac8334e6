package vn.phoihop.events;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;

/**
 * A schema some producer may have written with, and the reader that resolves it into the current class. The reader
 * is shared between threads: Avro keeps its per-thread state in thread locals.
 */
record WriterVersion(String label, SpecificDatumReader<SpecificRecord> reader) {

    static WriterVersion of(String label, Schema writer, EventType current) {
        // the generated class's own model carries the date and timestamp conversions
        SpecificData model = SpecificData.getForClass(current.javaClass());
        return new WriterVersion(label, new SpecificDatumReader<>(writer, current.schema(), model));
    }
}
