package vn.phoihop.testing.history;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.testing.history.TermFixture.CODEC;
import static vn.phoihop.testing.history.TermFixture.term;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import vn.phoihop.events.EventCodec;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.RealServers;
import vn.phoihop.testing.TopicHistory;

class SyntheticTermIT {

    @Test
    void writesTheTermToARealBrokerWithEachCasesEventsInOrderOnOnePartition() {
        SyntheticTerm term = term(7, 200, 250);

        WriteSummary written = term.writeTo(RealServers.kafkaBootstrapServers());

        assertThat(written.events()).isEqualTo(1_200);
        assertThat(written.checkpoints()).isEqualTo(6);
        assertThat(written.meanEventBytes()).isBetween(300.0, 800.0);
        for (String topic : List.of(Topics.CADRE_BOARD_EVENTS, Topics.EXECUTIVE_BOARD_EVENTS)) {
            List<ConsumerRecord<String, byte[]>> records = TopicHistory.read(RealServers.kafkaBootstrapServers(),
                    topic);
            assertThat(records).hasSize(600);
            Map<String, List<Long>> sequences = new HashMap<>();
            Map<String, Integer> partitions = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                var envelope = EventCodec.envelopeOf(CODEC.decode(record.value()));
                sequences.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(envelope.getSequence());
                assertThat(partitions.putIfAbsent(record.key(), record.partition())).isIn(null, record.partition());
                assertThat(record.timestamp()).isGreaterThan(envelope.getOccurredAt().toEpochMilli());
                assertThat(new String(record.headers().lastHeader("eventId").value(), StandardCharsets.UTF_8))
                    .isEqualTo(envelope.getEventId());
            }
            assertThat(sequences).hasSize(200).allSatisfy((caseId, numbers) -> assertThat(numbers)
                .containsExactly(1L, 2L, 3L));
        }
        assertThat(TopicHistory.read(RealServers.kafkaBootstrapServers(), Topics.CADRE_BOARD_CHECKPOINTS)).hasSize(3);
    }
}
