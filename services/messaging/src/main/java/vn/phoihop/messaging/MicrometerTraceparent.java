package vn.phoihop.messaging;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Reads the trace context through the service's own propagator, so the header has whatever format the service
 * propagates (W3C by default; null when it propagates another format).
 */
final class MicrometerTraceparent implements Traceparent {

    private final ObjectProvider<Tracer> tracer;

    private final ObjectProvider<Propagator> propagator;

    MicrometerTraceparent(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public String current() {
        Tracer tracer = this.tracer.getIfAvailable();
        Propagator propagator = this.propagator.getIfAvailable();
        Span span = (tracer != null) ? tracer.currentSpan() : null;
        if (span == null || propagator == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(EventHeaders.TRACEPARENT);
    }

}
