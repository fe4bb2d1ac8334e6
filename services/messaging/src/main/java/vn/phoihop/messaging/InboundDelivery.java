package vn.phoihop.messaging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.events.Envelope;
import vn.phoihop.events.EventCodec;

/**
 * The one way an inbound record takes effect, whether the listener received it or an admin re-drives it: decode,
 * check the producer, then record the event in the inbox and hand it to the service in one transaction, so an
 * event has its effect exactly once however often it is delivered. Refusals are thrown, for the caller to
 * dead-letter or report.
 */
final class InboundDelivery {

    private static final Log logger = LogFactory.getLog(InboundDelivery.class);

    private final EventCodec codec;

    private final Inbox inbox;

    private final InboundEventHandler handler;

    private final TransactionTemplate transactions;

    private final String expectedProducer;

    InboundDelivery(EventCodec codec, Inbox inbox, InboundEventHandler handler, TransactionTemplate transactions,
            String expectedProducer) {
        this.codec = codec;
        this.inbox = inbox;
        this.handler = handler;
        this.transactions = transactions;
        this.expectedProducer = expectedProducer;
    }

    /**
     * True when the event took effect now, false when the inbox already had it. Joins the caller's transaction
     * if there is one.
     */
    boolean deliver(ConsumerRecord<String, byte[]> record) {
        SpecificRecord event = this.codec.decode(record.value());
        Envelope envelope = EventCodec.envelopeOf(event);
        refuseForeign(envelope.getProducer(), record.headers().lastHeader(EventHeaders.PRODUCER));
        UUID eventId = UUID.fromString(envelope.getEventId());
        return this.transactions.execute((transaction) -> {
            if (!this.inbox.record(eventId, event.getSchema().getName(), record)) {
                logger.debug("Event %s of case %s was already handled".formatted(eventId, envelope.getCaseId()));
                return false;
            }
            this.handler.handle(event, envelope);
            return true;
        });
    }

    // only the other board may speak on this topic; its ACLs should already ensure it, this makes sure
    private void refuseForeign(String producer, Header producerHeader) {
        if (!this.expectedProducer.equals(producer)) {
            throw new RejectedEventException(
                    "producer '%s' is not the expected '%s'".formatted(producer, this.expectedProducer));
        }
        if (producerHeader != null) {
            String headerProducer = new String(producerHeader.value(), StandardCharsets.UTF_8);
            if (!this.expectedProducer.equals(headerProducer)) {
                throw new RejectedEventException("producer header '%s' is not the expected '%s'"
                    .formatted(headerProducer, this.expectedProducer));
            }
        }
    }

}
