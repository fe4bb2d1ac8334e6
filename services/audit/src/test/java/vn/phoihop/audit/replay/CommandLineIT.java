package vn.phoihop.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phoihop.audit.cli.AuditCommandLine;
import vn.phoihop.audit.replay.AuditedCluster.Verification;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.EventCodec;
import vn.phoihop.testing.history.SyntheticTerm;
import vn.phoihop.testing.history.TermRecord;

/** {@code audit report} and {@code audit case} as a script would run them against a real broker. */
class CommandLineIT {

    @TempDir
    static Path directory;

    static BoardKeys keys;

    static String prefix;

    static String caseId;

    @BeforeAll
    static void publishTerm() {
        keys = BoardKeys.generate(directory.resolve("keys"));
        List<TermRecord> term = SyntheticTerm.builder()
            .seed(2015)
            .cases(12)
            .checkpointEvery(20)
            .cadreBoardKey(BoardKeys.CADRE_BOARD_KEY, keys.cadreBoard().getPrivate())
            .executiveBoardKey(BoardKeys.EXECUTIVE_BOARD_KEY, keys.executiveBoard().getPrivate())
            .build()
            .records()
            .toList();
        prefix = AuditedCluster.publish(term);
        caseId = ((ConsultationRequested) EventCodec.create().decode(term.getFirst().value())).getCaseId();
    }

    @Test
    void reportsTheTermAsJsonCsvAndPdf() throws Exception {
        Verification json = run("report", "--from", "2000-01-01", "--to", "2100-12-31");
        assertThat(json.exitCode()).as("%s", json).isEqualTo(AuditCommandLine.CLEAN);
        assertThat(JsonMapper.shared().readTree(json.output()).get("totalDecidedByCadreBoard").asInt()).isEqualTo(12);

        Path csv = directory.resolve("term.csv");
        assertThat(run("report", "--from", "2000-01-01", "--to", "2100-12-31", "--format", "csv", "--output",
                csv.toString()).exitCode()).isEqualTo(AuditCommandLine.CLEAN);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("from,to,section,key,label_vi,label_en,count");

        Path pdf = directory.resolve("term.pdf");
        assertThat(run("report", "--from", "2000-01-01", "--to", "2100-12-31", "--format", "pdf", "--output",
                pdf.toString()).exitCode()).isEqualTo(AuditCommandLine.CLEAN);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void showsACaseBeforeItExistedAndOnceDecided() {
        Verification before = run("case", caseId, "--as-of", "2000-01-01");
        assertThat(before.exitCode()).as("%s", before).isEqualTo(AuditCommandLine.CLEAN);
        assertThat(view(before).get("existed").asBoolean()).isFalse();

        Verification after = run("case", caseId, "--as-of", "2100-01-01T00:00:00Z");
        JsonNode view = view(after);
        assertThat(view.get("existed").asBoolean()).isTrue();
        assertThat(view.get("cadreBoard").get("status").asString()).isEqualTo("DECIDED");
        assertThat(view.get("executiveBoard").get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void refusesWhatItCannotAnswerWithExitCodeTwo() {
        assertThat(run("case", "00000000-0000-0000-0000-000000000000", "--as-of", "2100-01-01").exitCode())
            .isEqualTo(AuditCommandLine.COULD_NOT_RUN);
        assertThat(run("report", "--from", "2015-01-01", "--to", "2014-01-01").exitCode())
            .isEqualTo(AuditCommandLine.COULD_NOT_RUN);
        assertThat(run("report", "--from", "2015-01-01", "--to", "2016-01-01", "--format", "xml").exitCode())
            .isEqualTo(AuditCommandLine.COULD_NOT_RUN);
    }

    private static JsonNode view(Verification output) {
        return JsonMapper.shared().readTree(output.output()).get("view");
    }

    private static Verification run(String... args) {
        String[] cluster = { "--bootstrap-servers", AuditedCluster.bootstrapServers(), "--keys",
                keys.keyring().toString(), "--topic-prefix", prefix };
        String[] all = new String[args.length + cluster.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(cluster, 0, all, args.length, cluster.length);
        return AuditedCluster.run(all);
    }
}
