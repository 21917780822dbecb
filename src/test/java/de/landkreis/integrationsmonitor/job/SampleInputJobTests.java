package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.TestInbox;
import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReaderBuilder;
import de.landkreis.integrationsmonitor.ImportTestSupport;
import de.landkreis.integrationsmonitor.samples.SampleInputGenerator;
import de.landkreis.integrationsmonitor.samples.SampleInputManifest;
import de.landkreis.integrationsmonitor.samples.SampleInputManifest.ExpectedFinding;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on the bundled sample input, copied to a temporary inbox as a fresh clone would have it. */
class SampleInputJobTests extends ImportTestSupport {

    private static final Instant CLONED = Instant.parse("2026-02-20T08:00:00Z");

    @TempDir
    Path expected;

    @Test
    void importsTheSampleInputAsItsManifestDescribes() throws Exception {
        TestInbox.copyTree(Path.of("input"), inbox, CLONED);
        SampleInputManifest manifest = SampleInputGenerator.write(expected);

        ImportRunResult result = importRun.run(inbox, reports, null);

        assertThat(result.completed()).isTrue();
        assertThat(result.summary().filesRead()).isEqualTo(manifest.files().size());
        assertThat(result.summary().partlyAccepted()).isEqualTo(2);
        assertThat(result.summary().rejected()).isEqualTo(1);
        assertThat(currentSections(2024)).isEqualTo(2 * 39);
        assertThat(acceptedAgs(2025, "STRUKTUREN")).doesNotContain("08436069").hasSize(39 - 4 - 1);
        assertThat(acceptedAgs(2025, "PERSONAL"))
                .doesNotContain("08436093", "08436011", "08436004")
                .hasSize(39 - 4 - 1 - 1 - 1);
        assertThat(logLines(result)).containsExactlyElementsOf(manifest.findings().stream()
                .map(SampleInputJobTests::expectedLine).toList());
        // The thread that read ahead ends with the import step; a server running for weeks keeps none per run.
        assertThat(readAheadThreadsEnd()).isTrue();
    }

    private static boolean readAheadThreadsEnd() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().startsWith("einlesen-") && thread.isAlive())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    @Test
    void theCorrectionWinsAndTheJointFileIsPartlyAccepted() {
        TestInbox.copyTree(Path.of("input"), inbox, CLONED);

        importRun.run(inbox, reports, null);

        BigDecimal weingartenEk = jdbc.sql("""
                        select p.fte from staff_position p join section_version v on v.id = p.version_id
                        where v.is_current and v.ags = '08436082' and v.report_year = 2025 and p.function_code = 'EK'""")
                .query(BigDecimal.class).single();
        assertThat(weingartenEk).isEqualByComparingTo("0.7");
        assertThat(jdbc.sql("""
                        select count(*) from section_version v join received_file f on f.id = v.file_id
                        where v.ags = '08436082' and v.report_year = 2025 and v.section_name = 'PERSONAL'
                          and v.superseded_by is not null and f.relative_path not like '%korrektur%'""")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select outcome from received_file where relative_path like '%GVV_Altshausen_Personal.csv'")
                .query(String.class).single()).isEqualTo("PARTLY_ACCEPTED");
        assertThat(jdbc.sql("""
                        select accepted from section_version
                        where ags = '08436093' and report_year = 2025 and section_name = 'PERSONAL'""")
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void aSecondRunOnTheSameInboxImportsNothingAndFindsNothing() {
        TestInbox.copyTree(Path.of("input"), inbox, CLONED);
        importRun.run(inbox, reports, null);
        int versions = count("section_version");

        ImportRunResult second = importRun.run(inbox, reports, null);

        assertThat(second.completed()).isTrue();
        assertThat(second.summary().filesRead()).isZero();
        assertThat(second.summary().filesKnown()).isEqualTo(73);
        assertThat(second.summary().findings()).isEmpty();
        assertThat(count("section_version")).isEqualTo(versions);
        assertThat(logLines(second)).isEmpty();
    }

    private List<String> logLines(ImportRunResult result) {
        try (Reader reader = Files.newBufferedReader(Path.of(result.logCsv()), StandardCharsets.UTF_8)) {
            List<String[]> rows = new CSVReaderBuilder(reader)
                    .withCSVParser(new CSVParserBuilder().withSeparator(';').build()).build().readAll();
            assertThat(rows.get(0)).containsExactly("\uFEFFDatei", "Blatt", "Zeile", "Spalte", "Regel",
                    "Schweregrad", "Meldung", "Wert");
            return rows.subList(1, rows.size()).stream()
                    .map(r -> String.join("|", r[0], r[1], r[2], r[3], r[4], r[5], code(r[4], r[7])))
                    .toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** S03 names the missing topic with its name; the manifest gives its code. */
    private static String code(String rule, String value) {
        return rule.equals("S03") ? value.split(" ")[0] : value;
    }

    private static String expectedLine(ExpectedFinding f) {
        String value = f.code().equals("K05") ? "2025/Rueckmeldung_2025_08436082_Weingarten.xlsx" : f.value();
        return String.join("|", f.file(), f.sheet() == null ? "" : f.sheet(), String.valueOf(f.row()),
                f.column(), f.code(), f.severity(), value == null ? "" : value);
    }

    private int currentSections(int year) {
        return jdbc.sql("select count(*) from section_version where is_current and report_year = :y")
                .param("y", year).query(Integer.class).single();
    }

    private List<String> acceptedAgs(int year, String section) {
        return jdbc.sql("""
                        select ags from section_version
                        where is_current and report_year = :y and section_name = :s order by ags""")
                .param("y", year).param("s", section).query(String.class).list();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
