package vn.phoihop.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Where a record is in the dead-letter topic: what an admin names to re-drive it. */
record Position(int partition, long offset) {

    static Position of(ConsumerRecord<?, ?> record) {
        return new Position(record.partition(), record.offset());
    }

    @Override
    public String toString() {
        return this.partition + "@" + this.offset;
    }

}
