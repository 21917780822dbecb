package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.returns.Section;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a run means for each municipality: the section versions it read and the findings of its files, each
 * finding once per municipality it belongs to. A finding belongs to the municipality it names and to every
 * section version it is linked to ({@code finding_version}): an Angaben finding to both sections, a K01 of a joint
 * file to every member (RETURNS.md §5), a D05 to every AGS of its file.
 */
@Repository
public class RunFeedback {

    private final JdbcClient jdbc;

    public RunFeedback(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The section versions of the files this run registered, in order of receipt. */
    public List<ReceivedSection> sections(long runId) {
        return jdbc.sql("""
                        select v.ags, f.relative_path, v.section_name, v.report_year, v.accepted, v.receipt_no
                        from section_version v join received_file f on f.id = v.file_id
                        where f.registered_run_id = :run
                        order by v.receipt_no, v.id""")
                .param("run", runId)
                .query((rs, row) -> {
                    Integer yearOrNull = rs.getObject("report_year", Integer.class);
                    return new ReceivedSection(rs.getString("ags"), rs.getString("relative_path"),
                            Section.valueOf(rs.getString("section_name")), yearOrNull, rs.getBoolean("accepted"),
                            rs.getLong("receipt_no"));
                })
                .list();
    }

    /**
     * Every finding of the run, once for each municipality it belongs to, or once with a null AGS when it belongs
     * to none; in order of receipt of the files, within a file in the order found.
     */
    public List<MunicipalityFinding> findings(long runId) {
        return jdbc.sql("""
                        select distinct m.ags, f.relative_path, f.receipt_no, x.seq, x.sheet, x.row_no, x.col,
                               x.rule_code, x.message, x.cell_value, x.ags as finding_ags
                        from finding x join received_file f on f.id = x.file_id
                          left join (select x2.id as finding_id, x2.ags from finding x2
                                     where x2.run_id = :run and x2.ags is not null
                                     union
                                     select fv.finding_id, v.ags from finding_version fv
                                       join section_version v on v.id = fv.version_id) m on m.finding_id = x.id
                        where x.run_id = :run
                        order by f.receipt_no, x.seq, m.ags""")
                .param("run", runId)
                .query((rs, row) -> new MunicipalityFinding(rs.getString("ags"),
                        RunFindings.finding(rs, "finding_ags"), rs.getLong("receipt_no"), rs.getInt("seq")))
                .list();
    }
}
