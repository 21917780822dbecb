package de.landkreis.integrationsmonitor;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the project's tables (not the reference data), so each import test starts from nothing. */
public final class ProjectTables {

    private static final String[] IN_DELETE_ORDER = {
            "finding_version", "finding", "contact", "position_funding", "position_served", "staff_position",
            "structure_answer", "section_version", "received_file", "import_run"};

    private ProjectTables() {
    }

    public static void clear(JdbcClient jdbc) {
        jdbc.sql("update section_version set superseded_by = null").update();
        for (String table : IN_DELETE_ORDER) {
            jdbc.sql("delete from " + table).update();
        }
    }
}
