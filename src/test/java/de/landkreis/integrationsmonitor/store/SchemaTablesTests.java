package de.landkreis.integrationsmonitor.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.ImportTestSupport;
import de.landkreis.integrationsmonitor.TestInbox;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SchemaTablesTests extends ImportTestSupport {

    private static final Instant RECEIVED = Instant.parse("2026-02-01T08:00:00Z");

    @Autowired
    ReceivedFiles files;
    @Autowired
    ImportRuns runs;

    @Test
    void listsEveryTableOfTheMigrationsAndOfSpringBatchParentsFirstWithoutFlywayHistory() {
        List<SchemaTables.Table> order = tables.inDependencyOrder();
        List<String> names = order.stream().map(SchemaTables.Table::name).toList();

        assertThat(names).containsExactlyInAnyOrder("municipality", "core_topic", "import_run", "received_file",
                "section_version", "structure_answer", "staff_position", "position_funding", "position_served",
                "contact", "finding", "finding_version", "run_lock", "web_user", "audit_event", "mailbox", "letter",
                "mailbox_read", "mail_message", "mail_attachment",
                "batch_job_instance",
                "batch_job_execution", "batch_job_execution_params", "batch_job_execution_context",
                "batch_step_execution", "batch_step_execution_context");
        for (SchemaTables.Table table : order) {
            for (SchemaTables.ForeignKey key : table.foreignKeys()) {
                assertThat(names.indexOf(key.parent())).as("%s.%s", table.name(), key.column())
                        .isLessThanOrEqualTo(names.indexOf(table.name()));
            }
        }
        SchemaTables.Table versions = tables.table("section_version");
        assertThat(versions.primaryKey()).containsExactly("id");
        assertThat(versions.identityColumn()).isEqualTo("id");
        assertThat(versions.selfReferences()).containsExactly("superseded_by");
        assertThat(tables.table("structure_answer").primaryKey()).containsExactly("version_id", "topic_code");
        assertThat(tables.table("structure_answer").identityColumn()).isNull();
        assertThat(tables.table("batch_job_execution_params").orderColumns()).startsWith("job_execution_id");
    }

    @Test
    void takingOverAFileForgetsEverythingStoredForItAndNothingElse() {
        TestInbox.copy(Path.of("src/test/resources/web/Rueckmeldung_2025_08436052_Kisslegg_Strukturen.csv"),
                inbox.resolve("a/Rueckmeldung_Strukturen.csv"), RECEIVED);
        importRun.run(inbox, reports, null);
        Map<String, Integer> afterFirst = counts();
        TestInbox.copy(Path.of("src/test/resources/web/Rueckmeldung_2025_08436052_Kisslegg_Personal.csv"),
                inbox.resolve("b/Rueckmeldung_Personal.csv"), RECEIVED);
        importRun.run(inbox, reports, null);
        assertThat(counts().get("section_version")).isGreaterThan(afterFirst.get("section_version"));
        assertThat(counts().get("finding_version") + counts().get("contact"))
                .isGreaterThan(afterFirst.get("finding_version") + afterFirst.get("contact"));

        // As if the second run had crashed before settling its file: the next run takes it over.
        jdbc.sql("update received_file set settled_run_id = null where relative_path like 'b/%'").update();
        long next = runs.start(99, RECEIVED.plusSeconds(3600));
        assertThat(files.takeOverUnsettled(next)).isEqualTo(1);

        Map<String, Integer> afterTakeover = counts();
        // A run's letters are records of the run, like its import_run row: written only after its files were settled.
        afterFirst.forEach((table, rows) -> {
            if (!List.of("import_run", "received_file", "letter").contains(table) && !table.startsWith("batch_")) {
                assertThat(afterTakeover.get(table)).as(table).isEqualTo(rows);
            }
        });
        assertThat(afterTakeover.get("received_file")).isEqualTo(2);
        assertThat(files.pending(next)).extracting(ReceivedFile::relativePath).containsExactly("b/Rueckmeldung_Personal.csv");
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SchemaTables.Table table : tables.inDependencyOrder()) {
            counts.put(table.name(), jdbc.sql("select count(*) from (select 1 from " + table.name() + ") counted")
                    .query(Integer.class).single());
        }
        return counts;
    }
}
