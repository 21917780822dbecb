package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.returns.Contact;
import de.landkreis.integrationsmonitor.returns.FileFormat;
import de.landkreis.integrationsmonitor.returns.Position;
import de.landkreis.integrationsmonitor.returns.StructureAnswer;
import de.landkreis.integrationsmonitor.validation.FileOutcome;
import de.landkreis.integrationsmonitor.validation.Finding;
import de.landkreis.integrationsmonitor.validation.SectionVersion;
import de.landkreis.integrationsmonitor.validation.ValidatedFile;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores what was read from one file: its outcome, every section version (accepted or rejected) with its
 * answers, positions and contact data, and its findings. Called inside the file's own transaction.
 */
@Repository
public class ReturnStore {

    private static final int MAX_VALUE = 1000;
    private static final int MAX_MESSAGE = 2000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    public ReturnStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void store(long runId, ReceivedFile file, String sha256, FileFormat format, FileOutcome outcome,
                      ValidatedFile validated) {
        jdbc.sql("update received_file set sha256 = :sha, file_format = :format, outcome = :outcome where id = :id")
                .param("sha", sha256).param("format", format == null ? null : format.name())
                .param("outcome", outcome.name()).param("id", file.id()).update();
        Map<Finding, Long> findingIds = new IdentityHashMap<>();
        int seq = 0;
        for (Finding finding : validated.findings()) {
            findingIds.put(finding, insertFinding(runId, file.id(), ++seq, finding));
        }
        List<SqlParameterSource> links = new ArrayList<>();
        for (SectionVersion version : validated.versions()) {
            long versionId = insertVersion(file, version);
            for (Finding finding : version.findings()) {
                Long findingId = findingIds.get(finding);
                if (findingId != null) {
                    links.add(new MapSqlParameterSource("f", findingId).addValue("v", versionId));
                }
            }
        }
        batchInsert("insert into finding_version (finding_id, version_id) values (:f, :v)", links);
    }

    /** Rows without generated keys go in one JDBC batch: a file has dozens of them (the benchmark's store step). */
    private void batchInsert(String sql, List<SqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
    }

    /** Adds a finding to a file after it was read (rules comparing returns); returns its id. */
    long insertFinding(long runId, long fileId, int seq, Finding finding) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into finding (run_id, file_id, seq, rule_code, severity, sheet, row_no, col, message,
                                             cell_value, ags)
                        values (:run, :file, :seq, :rule, :severity, :sheet, :row, :col, :message, :value, :ags)""")
                .param("run", runId).param("file", fileId).param("seq", seq)
                .param("rule", finding.rule().code()).param("severity", finding.severity().name())
                .param("sheet", finding.location().sheet()).param("row", finding.location().row())
                .param("col", finding.location().column())
                .param("message", DbText.cut(finding.message(), MAX_MESSAGE))
                .param("value", DbText.cut(finding.value(), MAX_VALUE))
                .param("ags", finding.ags())
                .update(key, "id");
        return key.getKey().longValue();
    }

    private long insertVersion(ReceivedFile file, SectionVersion version) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into section_version (file_id, ags, report_year, section_name, stichtag, accepted,
                               receipt_no, header_sheet, header_row, header_column, is_current)
                        values (:file, :ags, :year, :section, :stichtag, :accepted, :receipt, :sheet, :row, :col, false)""")
                .param("file", file.id()).param("ags", version.ags()).param("year", version.year())
                .param("section", version.section().name()).param("stichtag", version.stichtag())
                .param("accepted", version.accepted()).param("receipt", file.receiptNo())
                .param("sheet", version.header().sheet()).param("row", version.header().row())
                .param("col", version.header().column())
                .update(key, "id");
        long id = key.getKey().longValue();
        List<SqlParameterSource> answers = new ArrayList<>();
        for (StructureAnswer a : version.answers()) {
            answers.add(new MapSqlParameterSource("v", id).addValue("topic", a.topicCode())
                    .addValue("contact", a.contactPerson() == null ? null : a.contactPerson().name())
                    .addValue("network", a.network() == null ? null : a.network().name())
                    .addValue("offers", a.offers()).addValue("need", a.needForAction())
                    .addValue("remark", DbText.cut(a.remark(), MAX_VALUE)).addValue("row", a.sourceRow()));
        }
        batchInsert("""
                insert into structure_answer (version_id, topic_code, contact_person, network, offers,
                       need_for_action, remark, source_row)
                values (:v, :topic, :contact, :network, :offers, :need, :remark, :row)""", answers);
        List<SqlParameterSource> funding = new ArrayList<>();
        List<SqlParameterSource> served = new ArrayList<>();
        for (Position p : version.positions()) {
            long positionId = insertPosition(id, p);
            p.funding().forEach(source -> funding.add(
                    new MapSqlParameterSource("p", positionId).addValue("s", source.name())));
            p.servedAgs().forEach(ags -> served.add(new MapSqlParameterSource("p", positionId).addValue("a", ags)));
        }
        batchInsert("insert into position_funding (position_id, source) values (:p, :s)", funding);
        batchInsert("insert into position_served (position_id, ags) values (:p, :a)", served);
        Contact c = version.contact();
        if (c != null && !c.isEmpty()) {
            jdbc.sql("insert into contact (version_id, name, email, phone, filled_on) values (:v, :n, :e, :p, :d)")
                    .param("v", id).param("n", DbText.cut(c.name(), 200)).param("e", DbText.cut(c.email(), 200))
                    .param("p", DbText.cut(c.phone(), 100)).param("d", c.filledOn()).update();
        }
        return id;
    }

    private long insertPosition(long versionId, Position p) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into staff_position (version_id, source_row, function_code, fte, occupied, vacant_since,
                               fixed_term_until, employer, employer_name, remark)
                        values (:v, :row, :function, :fte, :occupied, :vacant, :until, :employer, :employerName, :remark)""")
                .param("v", versionId).param("row", p.sourceRow()).param("function", p.function().name())
                .param("fte", p.fte()).param("occupied", p.occupied()).param("vacant", p.vacantSince())
                .param("until", p.fixedTermUntil())
                .param("employer", p.employer() == null ? null : p.employer().name())
                .param("employerName", DbText.cut(p.employerName(), 200))
                .param("remark", DbText.cut(p.remark(), MAX_VALUE))
                .update(key, "id");
        return key.getKey().longValue();
    }

}
