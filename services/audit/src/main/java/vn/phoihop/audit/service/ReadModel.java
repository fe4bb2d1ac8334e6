package vn.phoihop.audit.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phoihop.audit.chain.StreamVerdict;
import vn.phoihop.audit.replay.AuditResult;
import vn.phoihop.audit.verification.CaseVerdict;

/** What the last judgement found, as tables the API reads; replaced whole by each judgement. */
public class ReadModel {

    private final JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.shared();

    // each criterion of a CaseQuery, skipped when its parameter is null; the parameters in matchParameters' order
    private static final String MATCHES = """
            (cast(? as text) is null or lower(case_id) like lower(cast(? as text)) || '%')
            and (cast(? as text) is null or upper(outline->>'subjectId') = upper(cast(? as text)))
            and (cast(? as text) is null or outline->>'actionKind' = cast(? as text))
            and (cast(? as text) is null or outline->>'status' = cast(? as text))
            and (cast(? as boolean) is null or clean = cast(? as boolean))""";

    public ReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(AuditResult result, Instant judgedAt) {
        clear();
        for (CaseVerdict verdict : result.cases()) {
            this.jdbc.sql("insert into audit_case (case_id, clean, outline, violations) values (?, ?, cast(? as jsonb), cast(? as jsonb))")
                .params(verdict.caseId(), verdict.clean(), this.json.writeValueAsString(verdict.outline()),
                        this.json.writeValueAsString(verdict.violations()))
                .update();
        }
        for (StreamVerdict stream : result.streams()) {
            this.jdbc.sql("""
                    insert into audit_stream (producer, linked, unlinked, redelivered, checkpoints, attested, violations)
                    values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(stream.producer(), stream.linked(), stream.unlinked(), stream.redelivered(), stream.checkpoints(),
                        stream.attested(),
                        this.json.writeValueAsString(stream.violations()))
                .update();
        }
        this.jdbc.sql("insert into audit_run (id, records, clean, unplaced, judged_at) values (1, ?, ?, cast(? as jsonb), ?)")
            .params(result.records(), result.clean(), this.json.writeValueAsString(result.unplaced()),
                    Timestamp.from(judgedAt))
            .update();
    }

    public void clear() {
        this.jdbc.sql("truncate audit_case, audit_stream, audit_run").update();
    }

    public Optional<JsonNode> overview() {
        return this.jdbc.sql("""
                select json_build_object(
                  'records', r.records, 'clean', r.clean, 'judgedAt', r.judged_at, 'unplaced', r.unplaced,
                  'cases', (select count(*) from audit_case),
                  'cleanCases', (select count(*) from audit_case where clean),
                  'streams', (select coalesce(json_agg(json_build_object('producer', producer, 'linked', linked,
                      'unlinked', unlinked, 'redelivered', redelivered, 'checkpoints', checkpoints, 'attested', attested,
                      'violations', violations) order by producer), '[]'::json) from audit_stream),
                  'violationsByRule', (select coalesce(json_object_agg(rule, n), '{}'::json) from (
                      select v->>'rule' as rule, count(*) as n from audit_case, jsonb_array_elements(violations) v
                      group by 1) c))::text
                from audit_run r""")
            .query((rs, row) -> this.json.readTree(rs.getString(1)))
            .optional();
    }

    /** {@link #overview()} as a value, for the console. */
    public Optional<Verification> verification() {
        return overview().map(node -> this.json.treeToValue(node, Verification.class));
    }

    public List<JsonNode> cases(CaseQuery query, int page, int size) {
        return this.jdbc.sql("""
                select json_build_object('caseId', case_id, 'clean', clean, 'outline', outline,
                  'violations', violations)::text
                from audit_case where """ + MATCHES + " order by case_id limit ? offset ?")
            .params(matchParameters(query, size, (long) page * size))
            .query((rs, row) -> this.json.readTree(rs.getString(1)))
            .list();
    }

    /** {@link #cases} as values, for the console. */
    public List<CaseVerdict> verdicts(CaseQuery query, int page, int size) {
        return cases(query, page, size).stream().map(this::verdict).toList();
    }

    public long countCases(CaseQuery query) {
        return this.jdbc.sql("select count(*) from audit_case where " + MATCHES)
            .params(matchParameters(query))
            .query(Long.class)
            .single();
    }

    public Optional<JsonNode> caseVerdict(String caseId) {
        return this.jdbc.sql("""
                select json_build_object('caseId', case_id, 'clean', clean, 'outline', outline,
                  'violations', violations)::text from audit_case where case_id = ?""")
            .param(caseId)
            .query((rs, row) -> this.json.readTree(rs.getString(1)))
            .optional();
    }

    /** {@link #caseVerdict} as a value, for the console. */
    public Optional<CaseVerdict> verdictOf(String caseId) {
        return caseVerdict(caseId).map(this::verdict);
    }

    private static Object[] matchParameters(CaseQuery query, Object... more) {
        String prefix = query.caseIdPrefix() == null ? null : escapeLike(query.caseIdPrefix());
        String kind = query.kind() == null ? null : query.kind().name();
        String status = query.status() == null ? null : query.status().name();
        List<Object> parameters = new ArrayList<>(Arrays.asList(prefix, prefix, query.subjectId(), query.subjectId(),
                kind, kind, status, status, query.clean(), query.clean()));
        parameters.addAll(Arrays.asList(more));
        return parameters.toArray();
    }

    // a typed prefix is text, not a pattern
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private CaseVerdict verdict(JsonNode node) {
        return this.json.treeToValue(node, CaseVerdict.class);
    }

    /** Everything judged, in a fixed order: two read models built from the same history have the same digest. */
    public String digest() {
        return this.jdbc.sql("""
                select md5(coalesce((select string_agg(case_id || clean || outline::text || violations::text, '|'
                    order by case_id) from audit_case), '') || coalesce((select string_agg(producer || linked
                    || unlinked || checkpoints || attested || violations::text, '|' order by producer)
                    from audit_stream), '') || coalesce((select records || '' || clean || unplaced::text
                    from audit_run), ''))""")
            .query(String.class)
            .single();
    }
}
