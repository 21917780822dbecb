package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.returns.Location;
import de.landkreis.integrationsmonitor.validation.ComparingRules.VersionFinding;
import de.landkreis.integrationsmonitor.validation.Finding;
import de.landkreis.integrationsmonitor.validation.Rule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The findings of a run, in order of receipt of their files and within a file in the order found. */
@Repository
public class RunFindings {

    private final JdbcClient jdbc;
    private final ReturnStore returns;

    public RunFindings(JdbcClient jdbc, ReturnStore returns) {
        this.jdbc = jdbc;
        this.returns = returns;
    }

    /** Adds the findings of the rules comparing returns, each to the file and version it points at. */
    public void addComparisonFindings(long runId, List<VersionFinding> findings) {
        for (VersionFinding vf : findings) {
            long fileId = jdbc.sql("select file_id from section_version where id = :id").param("id", vf.versionId())
                    .query(Long.class).single();
            int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from finding where file_id = :file")
                    .param("file", fileId).query(Integer.class).single();
            long findingId = returns.insertFinding(runId, fileId, seq, vf.finding());
            jdbc.sql("insert into finding_version (finding_id, version_id) values (:f, :v)")
                    .param("f", findingId).param("v", vf.versionId()).update();
        }
    }

    public List<Finding> ofRun(long runId) {
        return jdbc.sql("""
                        select f.relative_path, x.sheet, x.row_no, x.col, x.rule_code, x.message, x.cell_value, x.ags
                        from finding x join received_file f on f.id = x.file_id
                        where x.run_id = :run order by f.receipt_no, x.seq""")
                .param("run", runId)
                .query((rs, row) -> finding(rs, "ags"))
                .list();
    }

    /** A finding as {@link #ofRun} selects it: its file's relative path and the finding's columns. */
    static Finding finding(ResultSet rs, String agsColumn) throws SQLException {
        Integer line = rs.getObject("row_no", Integer.class);
        return new Finding(Rule.valueOf(rs.getString("rule_code")),
                new Location(rs.getString("relative_path"), rs.getString("sheet"), line, rs.getString("col")),
                rs.getString("message"), rs.getString("cell_value"), rs.getString(agsColumn));
    }
}
