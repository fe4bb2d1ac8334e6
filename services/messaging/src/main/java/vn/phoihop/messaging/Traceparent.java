package vn.phoihop.messaging;

/**
 * The W3C {@code traceparent} of the current trace, or null outside a trace.
 */
@FunctionalInterface
interface Traceparent {

    Traceparent NONE = () -> null;

    String current();

}
