package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.TestInbox;
import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.ImportTestSupport;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two versions of one section: the one received later wins (RETURNS.md §1), in one run by modification time and
 * then path, across runs by the run, never by the order in which files are listed.
 */
class CorrectionOrderJobTests extends ImportTestSupport {

    private static final Instant EARLY = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant LATE = Instant.parse("2026-01-20T09:00:00Z");

    @Test
    void inOneRunTheLaterModificationTimeWinsWhateverThePathOrder() {
        TestInbox.write(inbox.resolve("b/erste.csv"), personal("0,5"), EARLY);
        TestInbox.write(inbox.resolve("a/zweite.csv"), personal("0,8"), LATE);

        ImportRunResult result = importRun.run(inbox, reports, null);

        assertThat(currentFte()).isEqualByComparingTo("0.8");
        assertThat(findings(result)).containsExactly("a/zweite.csv;;1;D;K05;HINWEIS");
    }

    @Test
    void inOneRunEqualTimesAreOrderedByPath() {
        TestInbox.write(inbox.resolve("b.csv"), personal("0,5"), EARLY);
        TestInbox.write(inbox.resolve("a.csv"), personal("0,8"), EARLY);

        importRun.run(inbox, reports, null);

        assertThat(currentFte()).isEqualByComparingTo("0.5");
    }

    @Test
    void aFileOfALaterRunWinsEvenWithAnOlderModificationTime() {
        TestInbox.write(inbox.resolve("zweite.csv"), personal("0,5"), LATE);
        importRun.run(inbox, reports, null);
        TestInbox.write(inbox.resolve("erste.csv"), personal("0,8"), EARLY);

        ImportRunResult second = importRun.run(inbox, reports, null);

        assertThat(currentFte()).isEqualByComparingTo("0.8");
        assertThat(findings(second)).containsExactly("erste.csv;;1;D;K05;HINWEIS");
        assertThat(jdbc.sql("select count(*) from section_version where superseded_by is not null")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRejectedCorrectionSupersedesNothing() {
        TestInbox.write(inbox.resolve("erste.csv"), personal("0,5"), EARLY);
        TestInbox.write(inbox.resolve("zweite.csv"), personal("19,5"), LATE);

        ImportRunResult result = importRun.run(inbox, reports, null);

        assertThat(currentFte()).isEqualByComparingTo("0.5");
        assertThat(findings(result)).containsExactly("zweite.csv;;2;E;P02;FEHLER");
    }

    private static byte[] personal(String fte) {
        return ("AGS;Gemeinde;Berichtsjahr;Funktion;VZÄ;Besetzt\r\n08436052;Kißlegg;2025;IM;" + fte + ";ja\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private BigDecimal currentFte() {
        return jdbc.sql("""
                        select p.fte from staff_position p join section_version v on v.id = p.version_id
                        where v.is_current and v.ags = '08436052' and v.report_year = 2025""")
                .query(BigDecimal.class).single();
    }

    private static List<String> findings(ImportRunResult result) {
        List<String> lines = TestInbox.lines(Path.of(result.logCsv()));
        return lines.subList(1, lines.size()).stream()
                .map(line -> String.join(";", List.of(line.split(";")).subList(0, 6)))
                .toList();
    }
}
