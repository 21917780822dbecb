package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.validation.Finding;
import de.landkreis.integrationsmonitor.validation.Rule;
import de.landkreis.integrationsmonitor.validation.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Prüfprotokoll of a run one page at a time: filtered, sorted and counted in the database, so a run with
 * 100,000 findings costs no more per page than one with ten.
 */
@Repository
public class FindingPages {

    /** What a page is sorted by; within equal values always by file in order of receipt, then as found. */
    public enum Order {
        FILE("f.receipt_no"),
        MUNICIPALITY("case when m.name is null then 1 else 0 end, m.name, x.ags"),
        RULE("x.rule_code"),
        SEVERITY("case x.severity when 'FEHLER' then 0 when 'WARNUNG' then 1 else 2 end");

        private final String columns;

        Order(String columns) {
            this.columns = columns;
        }
    }

    /** The findings of one run, each other value null for "all". */
    public record Filter(long runId, String file, Severity severity, Rule rule, String ags) {
    }

    private final JdbcClient jdbc;

    public FindingPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many findings the filter finds. */
    public long count(Filter filter) {
        Where where = where(filter);
        return where.bind(jdbc.sql("select count(*) from finding x join received_file f on f.id = x.file_id"
                + where.sql)).query(Long.class).single();
    }

    /** The findings of the filter from {@code offset} on, at most {@code limit}. */
    public List<Finding> page(Filter filter, Order order, boolean ascending, long offset, int limit) {
        Where where = where(filter);
        String direction = ascending ? "" : " desc";
        String orderBy = String.join(direction + ", ", order.columns.split(", ")) + direction;
        return where.bind(jdbc.sql("""
                        select f.relative_path, x.sheet, x.row_no, x.col, x.rule_code, x.message, x.cell_value, x.ags
                          from finding x join received_file f on f.id = x.file_id
                          left join municipality m on m.ags = x.ags""" + where.sql
                        + " order by " + orderBy + ", f.receipt_no, x.seq limit :limit offset :offset"))
                .param("limit", limit).param("offset", offset)
                .query((rs, row) -> RunFindings.finding(rs, "ags")).list();
    }

    /** How many findings of each rule the run has, by severity and then rule code. */
    public Map<Severity, Map<Rule, Long>> summary(long runId) {
        Map<Severity, Map<Rule, Long>> summary = new EnumMap<>(Severity.class);
        jdbc.sql("select rule_code, count(*) from finding where run_id = :run group by rule_code order by rule_code")
                .param("run", runId)
                .query(rs -> {
                    Rule rule = Rule.valueOf(rs.getString(1));
                    summary.computeIfAbsent(rule.severity(), s -> new TreeMap<>()).put(rule, rs.getLong(2));
                });
        return summary;
    }

    /** The files with findings in the run, in order of receipt. */
    public List<String> files(long runId) {
        return jdbc.sql("""
                        select f.relative_path from received_file f
                         where exists (select 1 from finding x where x.file_id = f.id and x.run_id = :run)
                         order by f.receipt_no""")
                .param("run", runId).query(String.class).list();
    }

    /** The AGS named by the run's findings. */
    public List<String> municipalities(long runId) {
        return jdbc.sql("select distinct ags from finding where run_id = :run and ags is not null")
                .param("run", runId).query(String.class).list();
    }

    private static Where where(Filter filter) {
        StringBuilder sql = new StringBuilder(" where x.run_id = :run");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] {"run", filter.runId()});
        if (filter.file() != null) {
            sql.append(" and f.relative_path = :file");
            params.add(new Object[] {"file", filter.file()});
        }
        if (filter.severity() != null) {
            sql.append(" and x.severity = :severity");
            params.add(new Object[] {"severity", filter.severity().name()});
        }
        if (filter.rule() != null) {
            sql.append(" and x.rule_code = :rule");
            params.add(new Object[] {"rule", filter.rule().code()});
        }
        if (filter.ags() != null) {
            sql.append(" and x.ags = :ags");
            params.add(new Object[] {"ags", filter.ags()});
        }
        return new Where(sql.toString(), params);
    }

    private record Where(String sql, List<Object[]> params) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            for (Object[] p : params) {
                statement = statement.param((String) p[0], p[1]);
            }
            return statement;
        }
    }
}
