package de.landkreis.integrationsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.TestInbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Whole processes on one database, as on the district server: a second run is refused while one works, and a
 * run killed in the middle of an import is completed by the next one, every file exactly once.
 */
class RunProcessTests {

    private static final int FILES = 480;
    /** Enough that the first run still works when the other process, started at the same moment, asks. */
    private static final int CONCURRENT_FILES = 600;
    private static final String[] AGS = {"08436001", "08436003", "08436004", "08436005", "08436006", "08436008",
            "08436009", "08436010", "08436011", "08436012", "08436013", "08436014", "08436018", "08436019",
            "08436024", "08436027", "08436032", "08436039", "08436040", "08436047", "08436049", "08436052",
            "08436053", "08436055", "08436064", "08436067", "08436069", "08436077", "08436078", "08436079"};

    @TempDir
    Path inbox;
    @TempDir
    Path reports;
    @TempDir
    Path data;

    /** Personal returns of 30 municipalities, one year after another; every tenth has a warning (P04). */
    private void fillInbox(int files) {
        Instant time = Instant.parse("2026-01-05T08:00:00Z");
        for (int i = 0; i < files; i++) {
            String ags = AGS[i % AGS.length];
            int year = yearOf(i);
            String occupied = i % 10 == 0 ? "nein" : "ja";
            TestInbox.write(inbox.resolve(String.format("%d/personal_%03d_%s.csv", year, i, ags)),
                    "AGS;Berichtsjahr;Funktion;VZÄ;Besetzt\r\n" + ags + ";" + year + ";IM;0,5;" + occupied + "\r\n",
                    time.plusSeconds(i));
        }
    }

    private static int yearOf(int file) {
        return 1995 + file / AGS.length;
    }

    @Test
    void ofTwoRunsStartedAtOnceInTwoProcessesExactlyOneRunsAndTheOtherExits3() throws Exception {
        fillInbox(CONCURRENT_FILES);
        // The database file exists before both start, as on a server; creating it is not what races here.
        assertThat(ChildRun.start("--history", "--data", data.toString()).awaitExit(300)).isZero();

        ChildRun one = ChildRun.start(inbox, reports, data);
        ChildRun other = ChildRun.start(inbox, reports, data);
        List<Integer> exits = new ArrayList<>(List.of(one.awaitExit(600), other.awaitExit(600)));

        assertThat(exits).as(String.join("\n", one.output()) + "\n---\n" + String.join("\n", other.output()))
                .containsExactlyInAnyOrder(0, 3);
        ChildRun refused = exits.get(0) == 3 ? one : other;
        ChildRun worked = exits.get(0) == 3 ? other : one;
        assertThat(refused.output()).anyMatch(line -> line.contains("läuft bereits"))
                .noneMatch(line -> line.startsWith("Datei "));
        assertThat(worked.output()).anyMatch(line -> line.startsWith("Dateien gelesen: " + CONCURRENT_FILES));
    }

    /**
     * A reference file with a bad line stops a run at its start, naming the file and the line, before any file is
     * registered or read: the run builds all its parts at the start, also those only its steps use.
     */
    @Test
    void aBrokenReferenceFileStopsTheRunAtItsStartBeforeAnythingIsRead() throws Exception {
        fillInbox(2);
        Path vocabularies = Files.writeString(reports.resolve("vokabeln.csv"),
                "vocabulary,code,spelling,offered\nANSWER,VIELLEICHT,vielleicht,true\n", StandardCharsets.UTF_8);

        ChildRun run = ChildRun.startWithJvmOptions(
                List.of("-Dintegrationsmonitor.reference.vocabularies=" + vocabularies.toUri()),
                "--input", inbox.toString(), "--reports", reports.toString(), "--data", data.toString());

        assertThat(run.awaitExit(300)).as(String.join("\n", run.output())).isEqualTo(ExitCode.FAILED.code());
        assertThat(run.output()).anyMatch(line -> line.contains("vokabeln.csv") && line.contains("Zeile 2"))
                .noneMatch(line -> line.startsWith("Datei "));
        ChildRun history = ChildRun.start("--history", "--data", data.toString());
        assertThat(history.awaitExit(300)).isZero();
        assertThat(history.output()).contains("Noch kein Lauf.");
    }

    @Test
    void aSecondProcessOnTheSameDataFolderIsRefusedBeforeItOpensTheDatabase() throws Exception {
        fillInbox(3);
        try (DataFolderLock held = DataFolderLock.tryAcquire(data).orElseThrow()) {
            for (String[] args : List.of(new String[] {"--input", inbox.toString(), "--data", data.toString()},
                    new String[] {"--history", "--data", data.toString()})) {
                ChildRun refused = ChildRun.start(args);
                assertThat(refused.awaitExit(300)).as(String.join("\n", refused.output())).isEqualTo(3);
                assertThat(refused.output()).contains(
                        "Ein anderer Lauf läuft bereits mit dieser Datenbank. Bitte warten, bis er beendet ist, "
                                + "und dann erneut starten.");
            }
            // Had it opened the embedded database, it would have created it and served it to the working run.
            assertThat(data.resolve("integrationsmonitor.mv.db")).doesNotExist();
        }
        ChildRun afterwards = ChildRun.start(inbox, reports, data);
        assertThat(afterwards.awaitExit(300)).isZero();
        assertThat(afterwards.output()).anyMatch(line -> line.startsWith("Dateien gelesen: 3"));
    }

    @Test
    void aRunIsRefusedWithExitCode3WhileAnotherProcessHoldsTheRunLock() throws Exception {
        fillInbox(10);
        assertThat(ChildRun.start(inbox, reports, data).awaitExit(300)).as("Datenbank angelegt").isZero();
        RunLock lockOfAnotherProcess = new RunLock(new DriverManagerDataSource(h2Url(), "sa", ""));

        try (RunLock.Held held = lockOfAnotherProcess.tryAcquire().orElseThrow()) {
            ChildRun refused = ChildRun.start(inbox, reports, data);
            assertThat(refused.awaitExit(300)).as(String.join("\n", refused.output())).isEqualTo(3);
            assertThat(refused.output()).anyMatch(line -> line.contains("läuft bereits"));
            assertThat(lockOfAnotherProcess.tryAcquire()).as("die Sperre hält").isEmpty();
        }
        ChildRun afterwards = ChildRun.start(inbox, reports, data);
        assertThat(afterwards.awaitExit(300)).isZero();
        assertThat(afterwards.output()).anyMatch(line -> line.contains("bereits bekannt: 10"));
    }

    @Test
    void aRunKilledMidImportIsCompletedByTheNextRunEveryFileExactlyOnce() throws Exception {
        fillInbox(FILES);
        ChildRun crashed = ChildRun.start(inbox, reports, data);
        assertThat(crashed.awaitLine(line -> line.startsWith("Datei 20 von"), 120)).as("Lauf arbeitet").isTrue();
        // H2 writes commits to disk with a short delay, so a crash may take the latest ones with it. The takeover is
        // shown on work that reached the disk: flush it, then kill.
        JdbcClient.create(new DriverManagerDataSource(h2Url(), "sa", "")).sql("checkpoint").update();
        crashed.kill();
        assertThat(crashed.output()).as("noch mitten im Einlesen").noneMatch(line -> line.startsWith("Dateien gelesen"));

        ChildRun next = ChildRun.start(inbox, reports, data);
        assertThat(next.awaitExit(300)).isZero();

        try (Connection connection = DriverManager.getConnection(h2Url(), "sa", "")) {
            JdbcClient db = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            assertThat(rows(db, "received_file")).containsExactly((long) FILES);
            assertThat(longs(db, "select count(distinct relative_path) from received_file"))
                    .containsExactly((long) FILES);
            assertThat(longs(db, "select count(*) from received_file where settled_run_id is null")).containsExactly(0L);
            assertThat(longs(db, "select count(*) from received_file where outcome = 'ACCEPTED'"))
                    .containsExactly((long) FILES);
            assertThat(rows(db, "section_version")).containsExactly((long) FILES);
            assertThat(longs(db, "select count(*) from section_version where is_current")).containsExactly((long) FILES);
            assertThat(rows(db, "staff_position")).containsExactly((long) FILES);
            assertThat(longs(db, "select count(*) from finding where rule_code = 'P04'"))
                    .containsExactly((long) FILES / 10);
            assertThat(strings(db, """
                    select b.status from import_run r join batch_job_execution b on b.job_execution_id = r.job_execution_id
                    order by r.id""")).containsExactly("FAILED", "COMPLETED");
        }
        List<String> log = Files.readAllLines(Path.of(logOf(next)), StandardCharsets.UTF_8);
        assertThat(log.stream().filter(line -> line.contains(";P04;"))).hasSize(FILES / 10);
        int latestYear = yearOf(FILES - 1);
        assertThat(reports.resolve(latestYear + "/Integrationsbericht_" + latestYear + ".xlsx")).exists();
    }

    private String h2Url() {
        return Launcher.h2Url(data);
    }

    private static String logOf(ChildRun run) {
        return run.output().stream().filter(line -> line.startsWith("Prüfprotokoll: "))
                .map(line -> line.substring("Prüfprotokoll: ".length()).strip())
                .findFirst().orElseThrow(() -> new AssertionError(String.join("\n", run.output())));
    }

    /**
     * Counts the rows one by one. After a kill, H2's plain {@code count(*)} may still include a row the recovery
     * rolled back, as it answers from the table's stored row count (h2database issue 2080); the rows are right.
     */
    private static List<Long> rows(JdbcClient db, String table) {
        return longs(db, "select count(*) from (select 1 from " + table + ") counted");
    }

    private static List<Long> longs(JdbcClient db, String sql) {
        return db.sql(sql).query(Long.class).list();
    }

    private static List<String> strings(JdbcClient db, String sql) {
        return db.sql(sql).query(String.class).list();
    }
}
