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
        // One statement for every key the run touched: of the accepted versions of a municipality, year and
        // section, the last received is current, each earlier one superseded by the next.
        jdbc.sql("""
                        update section_version v set
                          superseded_by = (select n.id from section_version n
                                            where %1$s
                                            order by n.receipt_no, n.id fetch first 1 row only),
                          is_current = not exists (select 1 from section_version n where %1$s)
                        where v.accepted and (v.ags, v.report_year, v.section_name) in (
                          select t.ags, t.report_year, t.section_name from section_version t
                            join received_file f on f.id = t.file_id
                          where f.registered_run_id = :run and t.report_year is not null)""".formatted("""
                        n.ags = v.ags and n.report_year = v.report_year and n.section_name = v.section_name
                                              and n.accepted and (n.receipt_no > v.receipt_no
                                                or n.receipt_no = v.receipt_no and n.id > v.id)"""))
                .param("run", runId).update();
        return jdbc.sql("select " + StoredReturnHistory.VERSION_COLUMNS + """
                         from section_version v join received_file f on f.id = v.file_id
                        where f.registered_run_id = :run and v.accepted and v.report_year is not null
                        order by v.receipt_no, v.id""")
                .param("run", runId).query(StoredReturnHistory::version).list();
    }

}
