package vn.phoihop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.phoihop.servers.LocalKafka;
import vn.phoihop.servers.LocalPostgres;
import vn.phoihop.servers.Machine;
import vn.phoihop.servers.ServiceProcess;

/**
 * Submit → consultation at the executive board, over N submissions, on a fresh real broker and PostgreSQL with
 * both boards as OS processes. The latency is measured between the cadre board's outbox commit and the executive
 * board's inbox commit of the same event, both stamped by the one PostgreSQL server, so no clocks disagree and no
 * polling adds to it.
 *
 * <p>Usage: {@code java -jar infra/bench/target/bench-0.1.0-SNAPSHOT-exec.jar [submits] [ratePerSecond]}
 */
public final class SubmitLatency {

    private static final String APPOINTMENT = """
            {"kind":"APPOINTMENT","subject":{"cadreId":"CB-%05d","fullName":"Cán bộ %d"},
             "targetPosition":{"title":"Vụ trưởng","unitCode":"VU-%03d","unitName":"Vụ %d","tier":"DEPARTMENT_HEAD"},
             "rationale":"Kiện toàn lãnh đạo","proposedEffectiveDate":"2027-01-01","termYears":5}""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String CLERK = "Basic "
            + Base64.getEncoder().encodeToString("clerk:clerk-demo".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] args) throws Exception {
        int submits = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path work = Files.createTempDirectory("phoihop-bench");
        try (LocalPostgres postgres = LocalPostgres.builder().durable().dataDirectory(work.resolve("pg")).start();
                LocalKafka kafka = LocalKafka.builder().dataDirectory(work.resolve("kafka")).start();
                BoardKeys keys = new BoardKeys()) {
            postgres.createDatabase("cadre_board");
            postgres.createDatabase("executive_board");
            ServiceProcess cadre = start("cadre-board", 18081, postgres, kafka, keys, work);
            ServiceProcess executive = start("executive-board", 18082, postgres, kafka, keys, work);
            try {
                run(submits, rate, cadre.baseUri(), postgres);
            }
            finally {
                cadre.stop();
                executive.stop();
            }
        }
    }

    private static void run(int submits, int rate, URI cadre, LocalPostgres postgres) throws Exception {
        int warmUp = Math.min(200, submits / 5);
        submitAt(warmUp, rate, cadre, 0);
        try (Connection cadreDb = connect(postgres, "cadre_board");
                Connection executiveDb = connect(postgres, "executive_board")) {
            awaitArrivals(executiveDb, warmUp);
            long started = System.nanoTime();
            Histogram http = submitAt(submits, rate, cadre, warmUp);
            double achieved = submits / ((System.nanoTime() - started) / 1e9);
            awaitArrivals(executiveDb, warmUp + submits);
            Histogram relay = commitToEffect(cadreDb, executiveDb, submits);
            System.out.println("Submit → consultation at the executive board, " + submits + " submissions at "
                    + rate + "/s requested (%.1f/s achieved, one client) after ".formatted(achieved) + warmUp + " warm-up");
            System.out.println("Machine: " + Machine.describe());
            print("HTTP submit (open + submit), ms", http);
            print("cadre outbox commit → executive inbox commit, ms", relay);
        }
    }

    private static Histogram submitAt(int count, int rate, URI cadre, int offset) throws Exception {
        Histogram histogram = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long next = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            next += intervalNanos;
            long started = System.nanoTime();
            int n = offset + i;
            String caseId = JSON.readTree(post(cadre.resolve("/api/cases"), APPOINTMENT.formatted(n, n, n % 500, n % 500)))
                .path("caseId")
                .asText();
            post(cadre.resolve("/api/cases/" + caseId + "/submission"), null);
            histogram.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - started));
        }
        return histogram;
    }

    private static String post(URI uri, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri)
            .header("Authorization", CLERK)
            .header("Content-Type", "application/json")
            .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static void awaitArrivals(Connection executiveDb, int expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (count(executiveDb) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + count(executiveDb) + " of " + expected + " consultations arrived");
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static int count(Connection db) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery("SELECT count(*) FROM consultation")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Pairs each submission's outbox row with the inbox row of the same event id at the other board. */
    private static Histogram commitToEffect(Connection cadreDb, Connection executiveDb, int last) throws SQLException {
        Histogram histogram = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        Map<String, Long> committed = new HashMap<>();
        try (PreparedStatement latest = cadreDb.prepareStatement("""
                SELECT id::text, (extract(epoch FROM created_at) * 1000000)::bigint FROM outbox
                WHERE event_type LIKE '%ConsultationRequested' ORDER BY created_at DESC LIMIT ?""")) {
            latest.setInt(1, last);
            try (ResultSet rows = latest.executeQuery()) {
                while (rows.next()) {
                    committed.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        try (ResultSet rows = executiveDb.createStatement()
            .executeQuery("SELECT event_id::text, (extract(epoch FROM received_at) * 1000000)::bigint FROM inbox")) {
            while (rows.next()) {
                Long at = committed.get(rows.getString(1));
                if (at != null) {
                    histogram.recordValue(Math.max(0, rows.getLong(2) - at));
                }
            }
        }
        if (histogram.getTotalCount() != last) {
            throw new IllegalStateException("paired " + histogram.getTotalCount() + " of " + last + " submissions");
        }
        return histogram;
    }

    private static void print(String what, Histogram micros) {
        System.out.printf("%-52s p50 %7.1f  p90 %7.1f  p99 %7.1f  max %7.1f  (n=%d)%n", what,
                micros.getValueAtPercentile(50) / 1000.0, micros.getValueAtPercentile(90) / 1000.0,
                micros.getValueAtPercentile(99) / 1000.0, micros.getMaxValue() / 1000.0, micros.getTotalCount());
    }

    private static Connection connect(LocalPostgres postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }

    // the boards sign checkpoints as in production, so the measured path includes it
    private static ServiceProcess start(String service, int port, LocalPostgres postgres, LocalKafka kafka,
            BoardKeys keys, Path work) {
        Path jar = Path.of("services", service, "target", service + "-0.1.0-SNAPSHOT-exec.jar");
        String database = service.replace('-', '_');
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
                "--spring.datasource.url=" + postgres.jdbcUrl(database),
                "--spring.datasource.username=" + postgres.username(), "--spring.datasource.password=" + postgres.password(),
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers()));
        arguments.addAll(keys.signingArguments(service));
        return ServiceProcess.start(jar, arguments, port, work.resolve(service + ".log"));
    }

}
