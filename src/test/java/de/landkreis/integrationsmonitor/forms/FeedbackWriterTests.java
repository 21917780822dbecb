package de.landkreis.integrationsmonitor.forms;

import de.landkreis.integrationsmonitor.TestInbox;
import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.ImportTestSupport;
import de.landkreis.integrationsmonitor.store.RunFindings;
import de.landkreis.integrationsmonitor.validation.Finding;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Rückfragen of a run: one workbook per municipality with FEHLER or WARNUNG, listing every finding of its
 * files where a person finds it, and the analyst's list of what no municipality can be told about.
 */
class FeedbackWriterTests extends ImportTestSupport {

    private static final Instant SENT = Instant.parse("2026-02-20T08:00:00Z");
    private static final LocalDateTime RUN_START = LocalDateTime.of(2026, 3, 1, 10, 0);
    private static final String PERSONAL = "AGS;Gemeinde;Berichtsjahr;Funktion;VZÄ;Besetzt\n";

    @Autowired
    FeedbackWriter feedbackWriter;
    @Autowired
    ReturnFormWriter formWriter;
    @Autowired
    RunFindings runFindings;

    @Test
    void eachMunicipalityGetsEveryFindingOfItsFilesAndNothingElse() throws Exception {
        List<Path> written = importFaultyReturns();

        Path folder = reports.resolve("rueckfragen/20260301-100000");
        assertThat(written).map(p -> folder.relativize(p).toString()).containsExactly(
                "Rueckfrage_08436019_Boms.xlsx", "Rueckfrage_08436024_Ebenweiler.xlsx",
                "Rueckfrage_08436027_Eichstegen.xlsx", "Rueckfrage_08436052_Kisslegg.xlsx",
                FeedbackWriter.UNASSIGNED_FILE);

        List<String> kisslegg = rows(folder.resolve("Rueckfrage_08436052_Kisslegg.xlsx"));
        List<String> expected = new ArrayList<>();
        for (Finding f : runFindings.ofRun(lastRunId())) {
            if (f.location().file().contains("Kisslegg")) {
                expected.add(f.rule().code() + "|" + Path.of(f.location().file()).getFileName() + "|"
                        + f.location().cellReference());
            }
        }
        assertThat(kisslegg).containsExactlyInAnyOrderElementsOf(expected)
                // FEHLER first, each severity in order of receipt (equal file times: path order, RETURNS.md §1).
                .containsExactly("S04|Kisslegg_Formular.xlsx|Strukturen!B3", "P02|Kisslegg_Personal.csv|E2",
                        "S06|Kisslegg_Formular.xlsx|Strukturen!D4");
        assertThat(rows(folder.resolve("Rueckfrage_08436019_Boms.xlsx"))).containsExactly("P03|Boms_Personal.csv|F2");
        assertThat(rows(folder.resolve("Rueckfrage_08436024_Ebenweiler.xlsx")))
                .containsExactly("K01|Verband_Personal.csv|A4");
        assertThat(rows(folder.resolve("Rueckfrage_08436027_Eichstegen.xlsx")))
                .containsExactly("K01|Verband_Personal.csv|A4");
    }

    @Test
    void theCoverSaysWhatWasReceivedAcceptedAndWhatToCorrectByWhen() throws Exception {
        importFaultyReturns();

        Path kisslegg = reports.resolve("rueckfragen/20260301-100000/Rueckfrage_08436052_Kisslegg.xlsx");
        try (InputStream in = Files.newInputStream(kisslegg); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Rückfrage");
            List<String> texts = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.BLANK);
                    texts.add(cell.getStringCellValue());
                }
            }
            assertThat(texts).contains("Rückfrage zu Ihrer Rückmeldung – Kißlegg (08436052)", "– Kisslegg_Formular.xlsx",
                    "– Kisslegg_Personal.csv", "– Personal 2025 aus Kisslegg_Formular.xlsx",
                    "– Personal 2025 aus Kisslegg_Personal.csv: abgelehnt, bitte korrigiert erneut senden",
                    "– Strukturen 2025 aus Kisslegg_Formular.xlsx: abgelehnt, bitte korrigiert erneut senden",
                    "2 Fehler (siehe Liste unten) müssen korrigiert werden.",
                    "Bitte senden Sie die korrigierte Rückmeldung bis zum 15.03.2026 an das "
                            + "Landratsamt Ravensburg – Amt für Migration und Integration.");
            assertThat(sheet.getRepeatingRows()).isNotNull();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void filesNoMunicipalityCanBeToldAboutGoToTheAnalystsList() throws Exception {
        importFaultyReturns();

        List<String> rows = rows(reports.resolve("rueckfragen/20260301-100000/" + FeedbackWriter.UNASSIGNED_FILE));

        assertThat(rows).containsExactly("K01|unbekannt/Ohne_AGS_Personal.csv|A2", "D01|unbekannt/Scan.pdf|");
    }

    @Test
    void aRueckfrageLongerThanTheRowsKeptInMemoryListsEveryFindingInOrder() throws Exception {
        StringBuilder csv = new StringBuilder(PERSONAL);
        int rows = 600;
        for (int i = 0; i < rows; i++) {
            csv.append("08436019;Boms;2025;IM;0,01;vielleicht\n");
        }
        TestInbox.write(inbox.resolve("boms/Boms_Personal.csv"), csv.toString(), SENT);
        importRun.run(inbox, reports, null);

        List<Path> written = feedbackWriter.writeFor(reports, lastRunId(), RUN_START);

        List<String> expected = new ArrayList<>();
        for (int row = 2; row <= rows + 1; row++) {
            expected.add("P03|Boms_Personal.csv|F" + row);
        }
        List<String> listed = rows(written.get(0));
        assertThat(listed).hasSize(runFindings.ofRun(lastRunId()).size());
        assertThat(listed.stream().filter(r -> r.startsWith("P03")).toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void aRunWithoutFindingsWritesNothing() throws Exception {
        importRun.run(inbox, reports, null);

        assertThat(feedbackWriter.writeFor(reports, lastRunId(), RUN_START)).isEmpty();
        assertThat(reports.resolve("rueckfragen")).doesNotExist();
    }

    /** Kißlegg sends two faulty files, Boms one, a joint file has an unresolvable row, two files name nobody. */
    private List<Path> importFaultyReturns() throws Exception {
        List<Path> forms = formWriter.writeAll(reports, 2025);
        Path kisslegg = forms.stream().filter(f -> f.toString().contains("08436052")).findFirst().orElseThrow();
        Path filled = inbox.resolve("kisslegg/Kisslegg_Formular.xlsx");
        try (FormFilling form = FormFilling.open(kisslegg)) {
            for (int row = 2; row <= 12; row++) {
                form.type("Strukturen!B" + row, "ja").type("Strukturen!C" + row, "nein");
            }
            form.type("Strukturen!B3", "vielleicht");
            form.type("Strukturen!B4", "nein").type("Strukturen!D4", 2);
            form.type("Personal!A2", "Integrationsmanagement").type("Personal!B2", 0.5).type("Personal!C2", "ja");
            form.saveAs(filled);
        }
        TestInbox.touch(filled, SENT);
        TestInbox.write(inbox.resolve("kisslegg/Kisslegg_Personal.csv"), PERSONAL + "08436052;Kißlegg;2025;IM;19,5;ja\n", SENT);
        TestInbox.write(inbox.resolve("boms/Boms_Personal.csv"), PERSONAL + "08436019;Boms;2025;IM;0,5;vielleicht\n", SENT);
        TestInbox.write(inbox.resolve("verband/Verband_Personal.csv"), PERSONAL + "08436024;Ebenweiler;2025;IM;0,5;ja\n"
                + "08436027;Eichstegen;2025;keine;;\n" + "99999999;;2025;EK;0,2;ja\n", SENT);
        TestInbox.write(inbox.resolve("unbekannt/Ohne_AGS_Personal.csv"), PERSONAL + "99999999;;2025;EK;0,2;ja\n", SENT);
        Files.write(inbox.resolve("unbekannt/Scan.pdf"), "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes());
        TestInbox.touch(inbox.resolve("unbekannt/Scan.pdf"), SENT);

        importRun.run(inbox, reports, null);
        return feedbackWriter.writeFor(reports, lastRunId(), RUN_START);
    }

    /** The finding rows of a Rückfrage as {@code rule|file|cell}, in the order listed. */
    private static List<String> rows(Path workbookFile) throws Exception {
        try (InputStream in = Files.newInputStream(workbookFile); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> rows = new ArrayList<>();
            boolean table = false;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (table) {
                    rows.add(row.getCell(7).getStringCellValue().substring(0, 3) + "|"
                            + row.getCell(2).getStringCellValue() + "|" + row.getCell(4).getStringCellValue());
                } else {
                    table = first != null && "Nr.".equals(first.getStringCellValue());
                }
            }
            return rows;
        }
    }

    private long lastRunId() {
        return jdbc.sql("select max(id) from import_run").query(Long.class).single();
    }
}
