package de.landkreis.integrationsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.LibreOfficePdf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints the committee report through LibreOffice and counts the pages of each sheet by the sheet name in the page
 * header. Skips where LibreOffice or poppler is missing, except on CI ({@link LibreOfficePdf#requireTools()}). The
 * PDF stays in {@code target/report-pdf} to be looked at.
 */
class CommitteeReportPdfTests extends ReportContext {

    private static final Path OUTPUT = Path.of("target", "report-pdf");

    @Autowired
    CommitteeReportWriter writer;

    @Test
    void everySheetPrintsOnOnePage() throws Exception {
        LibreOfficePdf.requireTools();
        CommitteeFixture.load(fixtures());
        Path workbook = writer.write(OUTPUT, 2025, CommitteeFixture.DATA_AS_OF);
        Path pdf = LibreOfficePdf.convert(workbook);

        Map<String, Integer> pages = pagesPerSheet(pdf);

        assertThat(pages.keySet()).containsExactlyElementsOf(CommitteeReportWriter.SHEETS);
        assertThat(pages.values()).as(pages.toString()).allMatch(count -> count == 1);
        // The signs reach the page as text, in a font that has them (DejaVu Sans stands in for Segoe UI Symbol).
        String kernthemen = LibreOfficePdf.pageText(pdf, 2);
        assertThat(kernthemen).contains("●", "◐", "○");
        assertThat(LibreOfficePdf.fonts(pdf)).containsIgnoringCase("DejaVuSans");
    }

    /** Each page names its sheet in the page header: "Integrationsbericht 2025 – Kernthemen". */
    private static Map<String, Integer> pagesPerSheet(Path pdf) throws Exception {
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (int page = 1; page <= LibreOfficePdf.pageCount(pdf); page++) {
            String text = LibreOfficePdf.pageText(pdf, page);
            List<String> named = new ArrayList<>();
            for (String sheet : CommitteeReportWriter.SHEETS) {
                if (text.contains("Integrationsbericht 2025 – " + sheet)) {
                    named.add(sheet);
                }
            }
            assertThat(named).as("page %d names one sheet", page).hasSize(1);
            pages.merge(named.get(0), 1, Integer::sum);
        }
        return pages;
    }
}
