package vn.phoihop.servers;

import java.util.Map;

import org.slf4j.LoggerFactory;

/**
 * An in-process broker logs hundreds of INFO lines per start, and warnings about its own normal life (an empty
 * metadata log on first start); they bury the output of the tests and of the local stack. Raises the servers'
 * loggers, but only where the application has not chosen a level. Kafka clients keep their warnings.
 */
final class QuietLogging {

    private static final Map<String, String> LEVELS = Map.ofEntries(
            Map.entry("kafka", "ERROR"),
            Map.entry("state.change.logger", "ERROR"),
            Map.entry("org.apache.kafka.controller", "ERROR"),
            Map.entry("org.apache.kafka.coordinator", "ERROR"),
            Map.entry("org.apache.kafka.image", "ERROR"),
            Map.entry("org.apache.kafka.metadata", "ERROR"),
            Map.entry("org.apache.kafka.raft", "ERROR"),
            Map.entry("org.apache.kafka.server", "ERROR"),
            Map.entry("org.apache.kafka.storage", "ERROR"),
            Map.entry("org.apache.kafka", "WARN"),
            Map.entry("io.zonky", "WARN"));

    private QuietLogging() {
    }

    static void quietenServers() {
        // Logback is optional: touch its classes only when it is the binding in use.
        if (LoggerFactory.getILoggerFactory().getClass().getName().equals("ch.qos.logback.classic.LoggerContext")) {
            Logback.quieten(LEVELS);
        }
    }

    private static final class Logback {

        static void quieten(Map<String, String> levels) {
            var context = (ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory();
            levels.forEach((name, level) -> {
                var logger = context.getLogger(name);
                if (logger.getLevel() == null) {
                    logger.setLevel(ch.qos.logback.classic.Level.toLevel(level));
                }
            });
        }
    }
}
