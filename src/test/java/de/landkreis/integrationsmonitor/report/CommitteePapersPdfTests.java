package de.landkreis.integrationsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.ImportTestSupport;
import de.landkreis.integrationsmonitor.LibreOfficePdf;
import de.landkreis.integrationsmonitor.ProjectTables;
import de.landkreis.integrationsmonitor.TestInbox;
import de.landkreis.integrationsmonitor.job.ImportRunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The tagged PDFs of the report and of the Mitteilungsvorlage draft, as the council information system receives them,
 * converted by one LibreOffice process the whole class shares: tagged (PDF/UA) with the document's title and German
 * language, the report's sheets on the pages the workbook asks for, German numbers, and the draft's text holding the
 * report's headline figures. The three-year fixture of the fixed terms gives figures worth reading. Skips without
 * LibreOffice Writer and poppler, except on CI. The PDFs stay in {@code target/papers-pdf} to be looked at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteePapersPdfTests extends ImportTestSupport {

    private static final Path OUTPUT = Path.of("target", "papers-pdf");
    private static final Instant RECEIVED = Instant.parse("2026-02-01T08:00:00Z");
    private static final List<String> ONE_PAGE = List.of("Übersicht", "Kernthemen", "Handlungsbedarf", "Personal",
            "Rücklauf");

    private OfficePdf office;
    private Path workFolder;
    private Path report;
    private Path draft;
    private Path reportPdf;
    private Path draftPdf;

    @BeforeAll
    void convertOnce() throws Exception {
        LibreOfficePdf.requireWriter();
        Path home = OfficeInstallation.onPath(System.getenv("PATH")).orElseThrow();
        workFolder = Files.createTempDirectory("papers-pdf-test-");
        office = OfficePdf.start(home, workFolder, Duration.ofSeconds(120), Duration.ofSeconds(120));

        // Before the first test empties them: the import must start from empty tables too.
        ProjectTables.clear(jdbc, tables);
        deleteTree(OUTPUT);
        Path input = Files.createDirectories(OUTPUT.resolve("eingang"));
        Path written = OUTPUT.resolve("berichte");
        TestInbox.copyTree(Path.of("src/test/resources/report/securing"), input, RECEIVED);
        ImportRunResult run = importRun.run(input, written, 2025);
        report = Path.of(run.report());
        draft = InformationPaperWriter.paperFile(written, 2025);
        reportPdf = CommitteePapers.pdfOf(report);
        draftPdf = CommitteePapers.pdfOf(draft);
        office.convert(report, reportPdf);
        office.convert(draft, draftPdf);
    }

    @AfterAll
    void stopOffice() throws Exception {
        if (office != null) {
            office.close();
        }
        if (workFolder != null) {
            deleteTree(workFolder);
        }
    }

    @Test
    void bothPdfsAreTaggedForAccessibilityWithTitleAndLanguage() throws Exception {
        assertThat(reportPdf).isEqualTo(report.resolveSibling("Integrationsbericht_2025.pdf"));
        assertThat(draftPdf).isEqualTo(draft.resolveSibling("Mitteilungsvorlage_2025.pdf"));
        Map<String, String> reportInfo = LibreOfficePdf.info(reportPdf);
        Map<String, String> draftInfo = LibreOfficePdf.info(draftPdf);

        assertThat(reportInfo).containsEntry("Tagged", "yes")
                .containsEntry("Title", "Integrationsbericht 2025 – Landkreis Ravensburg")
                .containsEntry("Author", "Landratsamt Ravensburg – Amt für Migration und Integration");
        assertThat(draftInfo).containsEntry("Tagged", "yes")
                .containsEntry("Title", "Mitteilungsvorlage (Entwurf): Integrationsmonitor 2025 – Landkreis Ravensburg")
                .containsEntry("Author", "Landratsamt Ravensburg – Amt für Migration und Integration");
        for (Path pdf : List.of(reportPdf, draftPdf)) {
            String raw = Files.readString(pdf, StandardCharsets.ISO_8859_1);
            assertThat(raw).as("%s: language, structure tree, PDF/UA", pdf.getFileName())
                    .contains("/Lang(de-DE)", "/StructTreeRoot", "<pdfuaid:part>1</pdfuaid:part>",
                            "/DisplayDocTitle true");
        }
        assertThat(OUTPUT.resolve("berichte").resolve("2025")).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void theReportPdfPrintsEachSheetOnThePagesTheWorkbookAsksForWithGermanNumbers() throws Exception {
        Map<String, Integer> pages = new LinkedHashMap<>();
        int count = LibreOfficePdf.pageCount(reportPdf);
        for (int page = 1; page <= count; page++) {
            String text = LibreOfficePdf.pageText(reportPdf, page);
            List<String> named = CommitteeReportWriter.SHEETS.stream()
                    .filter(sheet -> text.contains("Integrationsbericht 2025 – " + sheet)).toList();
            assertThat(named).as("page %d names one sheet", page).hasSize(1);
            pages.merge(named.get(0), 1, Integer::sum);
        }
        assertThat(pages.keySet()).containsExactlyElementsOf(CommitteeReportWriter.SHEETS);
        ONE_PAGE.forEach(sheet -> assertThat(pages.get(sheet)).as("%s: %s", sheet, pages).isEqualTo(1));

        String overview = oneLine(LibreOfficePdf.pageText(reportPdf, 1));
        try (ReportCells cells = ReportCells.open(report)) {
            assertThat(overview).contains(cells.headline(), cells.overview("VZÄ gesamt", 0),
                    cells.overview("Anteil an allen VZÄ", 0).replace(" %", "%"));
            assertThat(cells.overview("VZÄ gesamt", 0)).matches("\\d+,\\d\\d");
        }
    }

    @Test
    void theDraftPdfSaysWhatTheReportShows() throws Exception {
        int pages = LibreOfficePdf.pageCount(draftPdf);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= pages; page++) {
            String text = LibreOfficePdf.pageText(draftPdf, page);
            assertThat(text).as("page %d", page).contains("Beispieldaten (fiktiv)",
                    "Landratsamt Ravensburg – Amt für Migration und Integration", "Seite " + page + " von " + pages);
            all.append(text).append('\n');
        }
        assertThat(pages).isEqualTo(2);
        String text = oneLine(all.toString());
        try (ReportCells cells = ReportCells.open(report)) {
            assertThat(text).contains("Mitteilungsvorlage", "Sozialausschuss", "Kenntnisnahme", "Ö (öffentlich)",
                    cells.headline(),
                    cells.statuses().get("vollständig") + " von " + cells.municipalities() + " Gemeinden",
                    "meldeten die Gemeinden " + cells.staffTotal("VZÄ gesamt") + " VZÄ",
                    "Länger als sechs Monate unbesetzt sind " + cells.staffTotal("unbesetzt > 6 Monate (VZÄ)"));
        }
        for (String section : List.of("1. Leitlinien und Kernthemen", "2. Rücklauf", "3. Kernthemen: Abdeckung und "
                + "Handlungsbedarf", "4. Personal", "5. Sicherung der Strukturen", "6. Anlage")) {
            assertThat(text).contains(section);
        }
    }

    /** The text as one line: the PDF breaks sentences where the page is full; a non-breaking space reads as one. */
    private static String oneLine(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList())) {
                Files.delete(file);
            }
        }
    }
}
