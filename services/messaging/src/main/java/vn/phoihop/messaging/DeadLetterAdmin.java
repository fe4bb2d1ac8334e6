package vn.phoihop.messaging;

import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.events.EventCodec;
import vn.phoihop.messaging.RedriveRefused.AlreadyRedriven;
import vn.phoihop.messaging.RedriveRefused.NoSuchDeadLetter;
import vn.phoihop.messaging.RedriveRefused.RefusedAgain;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageRequest;

/**
 * What an admin does with this board's dead letters: list them, and re-drive one once its cause is fixed. A
 * re-drive runs the record through the listener's own path here, never by publishing it again: the topic it came
 * from belongs to the other board.
 */
public final class DeadLetterAdmin {

    private final DeadLetterTopic topic;

    private final String topicName;

    private final RedriveLog redrives;

    private final InboundDelivery delivery;

    private final EventCodec codec;

    private final TransactionTemplate transactions;

    DeadLetterAdmin(DeadLetterTopic topic, String topicName, RedriveLog redrives, InboundDelivery delivery,
            EventCodec codec, TransactionTemplate transactions) {
        this.topic = topic;
        this.topicName = topicName;
        this.redrives = redrives;
        this.delivery = delivery;
        this.codec = codec;
        this.transactions = transactions;
    }

    public Page<DeadLetter> list(PageRequest request) {
        Page<ConsumerRecord<String, byte[]>> letters = this.topic.read(request);
        Map<Position, Redrive> redriven = this.redrives.of(letters.items().stream().map(Position::of).toList());
        return letters.map((letter) -> DeadLetter.of(letter, this.codec, redriven.get(Position.of(letter))));
    }

    /**
     * Runs the dead letter at {@code partition} and {@code offset} through the inbound path again and records the
     * outcome, who asked and when.
     * @throws RedriveRefused when there is no such dead letter, it was re-driven successfully before, or the board
     *     refuses it again
     */
    public Redrive redrive(int partition, long offset) {
        Position position = new Position(partition, offset);
        ConsumerRecord<String, byte[]> letter = this.topic.find(position)
            .orElseThrow(() -> new NoSuchDeadLetter(position, this.topicName));
        if (this.redrives.of(position).filter((last) -> last.outcome().isFinal()).isPresent()) {
            throw new AlreadyRedriven(position);
        }
        UUID eventId = EventIdentity.of(letter.value(), this.codec).id();
        String admin = ActingUser.current();
        try {
            return this.transactions.execute((transaction) -> {
                boolean handled = ActingUser.asBoard(() -> this.delivery.deliver(letter));
                Redrive.Outcome outcome = handled ? Redrive.Outcome.HANDLED : Redrive.Outcome.ALREADY_HANDLED;
                // empty when another re-drive succeeded meanwhile; throwing rolls this one's effect back
                return this.redrives.record(position, eventId, outcome, null, admin)
                    .orElseThrow(() -> new AlreadyRedriven(position));
            });
        }
        catch (RedriveRefused concurrentSuccess) {
            throw concurrentSuccess;
        }
        catch (RuntimeException failure) {
            String reason = DeadLetterReason.of(failure);
            this.redrives.record(position, eventId, Redrive.Outcome.REFUSED, reason, admin);
            throw new RefusedAgain(position, reason);
        }
    }

}
