package vn.phoihop.audit.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.events.ConsultationRequested;

/**
 * {@code case-sequence}: each board numbers its own events of a case from 1 (the envelope's sequence, kept per case
 * and per board), and the cadre board raises the proposal version by one with each request. A gap is an event
 * missing from the history, a repeat one held twice; the count resumes from what was found, so one gap is one
 * violation.
 */
final class SequenceCheck implements CaseCheck {

    @Override
    public void check(CaseFacts facts, Findings findings) {
        // one pass splits the history by producer, in the order the producers first appear
        Map<String, List<Recorded<SpecificRecord>>> byProducer = new LinkedHashMap<>();
        for (Recorded<SpecificRecord> event : facts.events()) {
            byProducer.computeIfAbsent(event.record().producer(), any -> new ArrayList<>()).add(event);
        }
        byProducer.forEach((producer, stream) -> numbered(stream, producer, findings));
        int expected = 1;
        for (Recorded<ConsultationRequested> request : facts.all(ConsultationRequested.class)) {
            int version = request.event().getProposalVersion();
            if (version != expected) {
                findings.add(CaseRules.CASE_SEQUENCE, request, "request on proposal version " + version
                        + " where version " + expected + " was next");
            }
            expected = Math.max(expected, version + 1);
        }
    }

    private static void numbered(List<Recorded<SpecificRecord>> stream, String producer, Findings findings) {
        long expected = 1;
        for (Recorded<SpecificRecord> event : stream) {
            long sequence = event.sequence();
            if (sequence != expected) {
                findings.add(CaseRules.CASE_SEQUENCE, event, producer + " event with sequence " + sequence
                        + " where " + expected + " was next" + (sequence < expected ? " (a repeat)"
                                : " (" + (sequence - expected) + " missing)"));
            }
            expected = Math.max(expected, sequence + 1);
        }
    }
}
