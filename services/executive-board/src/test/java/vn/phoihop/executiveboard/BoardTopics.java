package vn.phoihop.executiveboard;

import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.phoihop.events.EventCodec;
import vn.phoihop.testing.TopicHistory;

/** The boards' topics as the cadre board writes them and an auditor reads them: whole, decoded. */
final class BoardTopics implements AutoCloseable {

    private final String bootstrapServers;

    private final EventCodec codec = EventCodec.create();

    private final KafkaProducer<String, byte[]> producer;

    BoardTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /** Sends to the case's partition; answers that partition. */
    int send(String topic, String caseId, SpecificRecord event) {
        return send(topic, null, caseId, event);
    }

    /** The same, to the given partition, or to the case's when null. */
    int send(String topic, Integer partition, String caseId, SpecificRecord event) {
        try {
            return producer.send(new ProducerRecord<>(topic, partition, caseId, codec.encode(event))).get().partition();
        }
        catch (Exception failed) {
            throw new IllegalStateException("could not send to " + topic, failed);
        }
    }

    /** The events of one case the topic holds now, in order. */
    List<SpecificRecord> eventsOf(String topic, String caseId) {
        return TopicHistory.read(bootstrapServers, topic).stream()
            .filter(record -> caseId.equals(record.key()))
            .map(record -> codec.decode(record.value()))
            .toList();
    }

    @Override
    public void close() {
        producer.close();
    }

}
