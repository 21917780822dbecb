package de.landkreis.integrationsmonitor;

import de.landkreis.integrationsmonitor.store.SchemaTables;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Empties every table of the schema except those the application fills itself at start (reference data, run lock,
 * analysts), so each import test starts from nothing; the tables come from {@link SchemaTables}, so a new one is
 * emptied too.
 */
public final class ProjectTables {

    private ProjectTables() {
    }

    public static void clear(JdbcClient jdbc, SchemaTables schema) {
        List<SchemaTables.Table> tables = schema.inDependencyOrder();
        for (int i = tables.size() - 1; i >= 0; i--) {
            SchemaTables.Table table = tables.get(i);
            if (table.filledAtStart()) {
                continue;
            }
            for (String column : table.selfReferences()) {
                jdbc.sql("update " + table.name() + " set " + column + " = null").update();
            }
            jdbc.sql("delete from " + table.name()).update();
        }
    }
}
