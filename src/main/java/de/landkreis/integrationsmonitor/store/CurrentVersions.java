package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.validation.ReturnHistory.StoredVersion;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Decides the current version of each municipality, year and section touched by a run: the latest accepted one
 * in order of receipt; each earlier accepted one is superseded by the next (RETURNS.md §1, rule K05).
 */
@Repository
public class CurrentVersions {

    private final JdbcClient jdbc;

    public CurrentVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Settles the keys the run's files touched and returns the run's accepted versions with a known year. */
    public List<StoredVersion> settle(long runId) {
        List<Key> keys = jdbc.sql("""
                        select distinct v.ags, v.report_year, v.section_name from section_version v
                          join received_file f on f.id = v.file_id
                        where f.registered_run_id = :run and v.report_year is not null""")
                .param("run", runId)
                .query((rs, row) -> new Key(rs.getString(1), rs.getInt(2), rs.getString(3))).list();
        for (Key key : keys) {
            List<Long> accepted = jdbc.sql("""
                            select id from section_version
                            where ags = :ags and report_year = :year and section_name = :section and accepted
                            order by receipt_no""")
                    .param("ags", key.ags()).param("year", key.year()).param("section", key.section())
                    .query(Long.class).list();
            for (int i = 0; i < accepted.size(); i++) {
                boolean last = i == accepted.size() - 1;
                jdbc.sql("update section_version set is_current = :current, superseded_by = :next where id = :id")
                        .param("current", last).param("next", last ? null : accepted.get(i + 1))
                        .param("id", accepted.get(i)).update();
            }
        }
        return jdbc.sql("select " + StoredReturnHistory.VERSION_COLUMNS + """
                         from section_version v join received_file f on f.id = v.file_id
                        where f.registered_run_id = :run and v.accepted and v.report_year is not null
                        order by v.receipt_no, v.id""")
                .param("run", runId).query(StoredReturnHistory::version).list();
    }

    private record Key(String ags, int year, String section) {
    }
}
