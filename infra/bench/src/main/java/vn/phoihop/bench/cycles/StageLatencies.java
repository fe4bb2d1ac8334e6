package vn.phoihop.bench.cycles;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/** The stages between the boards for one window, from {@link EventTimes}. */
record StageLatencies(int events, Map<String, Long> unfollowed, double meanRecordBytes, Histogram commitToKafka,
        Histogram kafkaToEffect, Histogram commitToEffect) {

    static StageLatencies of(EventTimes times) {
        return new StageLatencies(times.events(), times.unfollowed(), times.meanRecordBytes(),
                histogram(times.commitToKafka()), histogram(times.kafkaToEffect()), histogram(times.commitToEffect()));
    }

    private static Histogram histogram(long[] micros) {
        Histogram histogram = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        for (long value : micros) {
            histogram.recordValue(Math.min(value, histogram.getHighestTrackableValue()));
        }
        return histogram;
    }

}
