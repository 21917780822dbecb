package de.landkreis.integrationsmonitor.job;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.ImportTestSupport;
import de.landkreis.integrationsmonitor.TestInbox;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The safety net of the import step with a storage that really fails: a check constraint added to the test
 * database refuses one file's contact name, so storing that file throws. The file is skipped, recorded as rejected
 * with D02, and the other files are stored; with a limit of 0 the run fails instead.
 */
@RecordApplicationEvents
class SafetyNetJobTests extends ImportTestSupport {

    private static final Instant RECEIVED = Instant.parse("2026-02-01T08:00:00Z");
    private static final String HEADER = "AGS;Gemeinde;Berichtsjahr;Kernthema;Ansprechperson;Netzwerk;Angebote;"
            + "Handlungsbedarf;Ausgefüllt von\n";

    @Autowired
    JobExplorer explorer;

    @BeforeEach
    void aStorageThatRefusesOneName() {
        jdbc.sql("alter table contact add constraint test_refused check (name is null or name <> 'Kaputt')").update();
    }

    @AfterEach
    void dropTheConstraint() {
        jdbc.sql("alter table contact drop constraint test_refused").update();
    }

    @Test
    void aFileWhoseStorageThrowsIsSkippedAndRecordedAsRejectedTheOthersAreStored(ApplicationEvents events) {
        TestInbox.write(inbox.resolve("a_gut.csv"), returnFiledBy("Erika Beispiel"), RECEIVED);
        TestInbox.write(inbox.resolve("b_kaputt.csv"), returnFiledBy("Kaputt"), RECEIVED);
        TestInbox.write(inbox.resolve("c_gut.csv"), returnFiledBy("Max Beispiel").replace("08436052;Kißlegg",
                "08436064;Ravensburg"), RECEIVED);

        ImportRunResult result = importRun.run(inbox, reports, null);

        assertThat(result.completed()).isTrue();
        assertThat(result.summary().rejected()).isEqualTo(1);
        assertThat(result.summary().accepted()).isEqualTo(2);
        assertThat(jdbc.sql("select relative_path || ' ' || outcome from received_file order by receipt_no")
                .query(String.class).list()).containsExactly("a_gut.csv ACCEPTED", "b_kaputt.csv REJECTED",
                "c_gut.csv ACCEPTED");
        assertThat(jdbc.sql("""
                        select x.rule_code || ' ' || x.severity from finding x join received_file f on f.id = x.file_id
                         where f.relative_path = 'b_kaputt.csv'""").query(String.class).list())
                .containsExactly("D02 FEHLER");
        assertThat(jdbc.sql("select count(*) from section_version where ags = '08436064'").query(Integer.class)
                .single()).isOne();

        StepExecution step = explorer.getJobExecution(result.jobExecutionId()).getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("importFilesStep")).findFirst().orElseThrow();
        assertThat(step.getWriteSkipCount()).isOne();
        assertThat(step.getProcessSkipCount()).isZero();
        assertThat(step.getWriteCount()).isEqualTo(2);
        // The file processed again one by one after the failed write is not counted twice in the progress.
        assertThat(events.stream(FileProgress.class).map(FileProgress::index).distinct().toList())
                .containsExactly(1, 2, 3);
        assertThat(events.stream(FileProgress.class).map(FileProgress::total).distinct().toList()).containsExactly(3);
    }

    /** With no room for unexpected errors, the first one fails the run. */
    @Nested
    @TestPropertySource(properties = "integrationsmonitor.job.unexpected-error-limit=0")
    class WithoutRoomForErrors {

        // Shadows the field of the enclosing class, which belongs to the context with the default limit.
        @Autowired
        ImportRun importRun;

        @Test
        void theFirstUnexpectedErrorFailsTheRun() {
            TestInbox.write(inbox.resolve("b_kaputt.csv"), returnFiledBy("Kaputt"), RECEIVED);

            ImportRunResult result = importRun.run(inbox, reports, null);

            assertThat(result.completed()).isFalse();
            assertThat(explorer.getJobExecution(result.jobExecutionId()).getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(result.summary().filesRead()).isZero();
            assertThat(jdbc.sql("select count(*) from section_version").query(Integer.class).single()).isZero();
        }
    }

    private static String returnFiledBy(String name) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String topic : List.of("SPR", "BIL", "ARB", "WOH", "GES", "EHR", "TEI", "PAR", "IKO", "ANT", "NET")) {
            csv.append("08436052;Kißlegg;2025;").append(topic).append(";ja;ja;1;nein;").append(name).append('\n');
        }
        return csv.toString();
    }
}
