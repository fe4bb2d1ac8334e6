package vn.phoihop.audit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.KafkaException;

import vn.phoihop.audit.chain.Keyring;
import vn.phoihop.audit.replay.AuditResult;
import vn.phoihop.audit.replay.AuditedTopics;
import vn.phoihop.audit.replay.HistoryUnreadable;
import vn.phoihop.audit.replay.KafkaHistory;
import vn.phoihop.audit.replay.Replay;
import vn.phoihop.regulation.Regulations;
import vn.phoihop.regulation.file.RegulationLibrary;

/**
 * {@code audit verify | report | case}: replays the boards' topics on any Kafka cluster and answers with an exit code a
 * script can use: 0 clean, 1 violations found, 2 could not run.
 */
public final class AuditCommandLine {

    public static final int CLEAN = 0;

    public static final int VIOLATIONS = 1;

    public static final int COULD_NOT_RUN = 2;

    static final Set<String> VERBS = Set.of("verify", "report", "case");

    private static final Set<String> OPTIONS = Set.of("bootstrap-servers", "kafka-config", "kafka-property", "keys",
            "topic-prefix", "patience", "format", "from", "to", "as-of", "output");

    private static final String USAGE = """
            usage: audit verify [--format text|json]
                   audit report --from YYYY-MM-DD --to YYYY-MM-DD [--format json|csv|pdf] [--output FILE]
                   audit case CASE-ID --as-of (YYYY-MM-DD | instant)          (prints JSON)
            every command: --keys DIR (the boards' public keys as DIR/<producer>/<keyId>.pem)
                           [--bootstrap-servers HOST:PORT] [--kafka-config FILE] [--kafka-property NAME=VALUE]...
                           [--topic-prefix PREFIX] [--patience 60s]
            exit codes: 0 clean, 1 violations found, 2 could not run""";

    private AuditCommandLine() {
    }

    public static boolean isCommand(String word) {
        return VERBS.contains(word);
    }

    public static void main(String[] args) {
        CommandLineLogging.warningsToStandardError();
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args, OPTIONS);
            if (!VERBS.contains(arguments.verb())) {
                throw new UsageError("unknown command " + arguments.verb());
            }
            return execute(arguments, out);
        }
        catch (UsageError ex) {
            err.println("audit: " + ex.getMessage());
            err.println(USAGE);
            return COULD_NOT_RUN;
        }
        catch (HistoryUnreadable | KafkaException | IllegalArgumentException | IllegalStateException
                | UncheckedIOException ex) {
            err.println("audit: could not run: " + ex.getMessage());
            return COULD_NOT_RUN;
        }
    }

    private static int execute(Arguments arguments, PrintStream out) {
        Regulations regulations = RegulationLibrary.defaults("audit");
        Keyring keyring = Keyring.load(Path.of(arguments.required("keys")));
        Duration patience = duration(arguments.option("patience").orElse("60s"));
        return switch (arguments.verb()) {
            case "verify" -> {
                String format = format(arguments, "text", "text", "json");
                AuditResult result = replay(arguments, regulations, keyring, patience, any -> false);
                new VerifyOutput(result).write(format, out);
                yield exitCode(result.clean());
            }
            case "report" -> {
                String format = format(arguments, "json", "json", "csv", "pdf");
                LocalDate from = date("from", arguments.required("from"));
                LocalDate to = date("to", arguments.required("to"));
                if (to.isBefore(from)) {
                    throw new UsageError("--to " + to + " is before --from " + from);
                }
                AuditResult result = replay(arguments, regulations, keyring, patience, any -> true);
                writeTo(arguments, out, stream -> ReportOutput.write(result, from, to, format, stream));
                yield exitCode(result.clean());
            }
            default -> {
                if (arguments.positional().size() != 1) {
                    throw new UsageError("audit case takes one case id");
                }
                String caseId = arguments.positional().getFirst();
                Instant asOf = instant(arguments.required("as-of"));
                AuditResult result = replay(arguments, regulations, keyring, patience, caseId::equals);
                if (result.history(caseId).isEmpty()) {
                    throw new IllegalArgumentException("the history holds no case " + caseId);
                }
                CaseOutput output = new CaseOutput(result, caseId, asOf);
                output.write(out);
                yield exitCode(output.clean());
            }
        };
    }

    private static AuditResult replay(Arguments arguments, Regulations regulations, Keyring keyring, Duration patience,
            Predicate<String> keep) {
        AuditedTopics topics = AuditedTopics.withPrefix(arguments.option("topic-prefix").orElse(""));
        KafkaHistory history = new KafkaHistory(kafkaSettings(arguments), topics.all(), Map.of(), patience);
        return new Replay(regulations, keyring, topics, keep).run(history);
    }

    static Properties kafkaSettings(Arguments arguments) {
        Properties settings = new Properties();
        arguments.option("kafka-config").ifPresent(file -> {
            try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                settings.load(reader);
            }
            catch (IOException ex) {
                throw new UncheckedIOException("cannot read --kafka-config " + file, ex);
            }
        });
        for (String pair : arguments.all("kafka-property")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new UsageError("--kafka-property needs NAME=VALUE, not " + pair);
            }
            settings.setProperty(pair.substring(0, equals), pair.substring(equals + 1));
        }
        arguments.option("bootstrap-servers")
            .ifPresent(servers -> settings.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers));
        if (!settings.containsKey(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new UsageError("give the cluster with --bootstrap-servers or bootstrap.servers in --kafka-config");
        }
        return settings;
    }

    private interface Writing {

        void to(OutputStream stream) throws IOException;
    }

    private static void writeTo(Arguments arguments, PrintStream out, Writing writing) {
        try {
            if (arguments.option("output").isPresent()) {
                try (OutputStream file = Files.newOutputStream(Path.of(arguments.required("output")))) {
                    writing.to(file);
                }
            }
            else {
                writing.to(out);
                out.flush();
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write the report", ex);
        }
    }

    private static String format(Arguments arguments, String fallback, String... allowed) {
        String format = arguments.option("format").orElse(fallback);
        if (!Set.of(allowed).contains(format)) {
            throw new UsageError("--format " + format + " is not one of " + String.join(", ", allowed));
        }
        return format;
    }

    private static int exitCode(boolean clean) {
        return clean ? CLEAN : VIOLATIONS;
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        }
        catch (DateTimeParseException ex) {
            throw new UsageError("--" + option + " " + value + " is not a date YYYY-MM-DD");
        }
    }

    /** A date means the end of that day in Vietnam (UTC+7): "as of 1 July" includes what happened on 1 July. */
    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        }
        catch (DateTimeParseException notInstant) {
            return date("as-of", value).plusDays(1).atStartOfDay(ZoneOffset.ofHours(7)).toInstant().minusMillis(1);
        }
    }

    private static Duration duration(String value) {
        try {
            return Duration.parse("PT" + value.toUpperCase());
        }
        catch (DateTimeParseException ex) {
            throw new UsageError("--patience " + value + " is not a duration like 60s or 5m");
        }
    }
}
