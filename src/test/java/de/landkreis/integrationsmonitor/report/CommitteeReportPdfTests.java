package de.landkreis.integrationsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.ImportTestSupport;
import de.landkreis.integrationsmonitor.LibreOfficePdf;
import de.landkreis.integrationsmonitor.TestInbox;
import de.landkreis.integrationsmonitor.job.ImportRunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Prints the committee report of the three-year fixture through LibreOffice and checks it as a committee member
 * would see it on paper: which sheets take one page, every sheet one page wide, the Übersicht large enough to read,
 * and no cell text cut off. Skips where LibreOffice or poppler is missing, except on CI
 * ({@link LibreOfficePdf#requireTools()}). The PDF stays in {@code target/report-pdf} to be looked at.
 */
class CommitteeReportPdfTests extends ImportTestSupport {

    private static final Path OUTPUT = Path.of("target", "report-pdf");
    private static final Instant RECEIVED = Instant.parse("2026-02-01T08:00:00Z");
    private static final List<String> ONE_PAGE = List.of("Übersicht", "Kernthemen", "Handlungsbedarf", "Personal",
            "Rücklauf");
    /**
     * Points per unit of Excel's column width as LibreOffice prints a workbook whose default font is Arial 10 at
     * 100 % (measured: a column 20 units wide is 111.0 points, one 40 units wide 221.9 points).
     */
    private static final double POINTS_PER_WIDTH_UNIT = 5.548;

    @Test
    void printsEachSheetOnePageWideAndTheOverviewReadableWithNothingCutOff() throws Exception {
        LibreOfficePdf.requireTools();
        TestInbox.copyTree(Path.of("src/test/resources/report/securing"), inbox, RECEIVED);
        ImportRunResult run = importRun.run(inbox, reports, 2025);
        Path workbook = OUTPUT.resolve("Integrationsbericht_2025.xlsx");
        Files.createDirectories(OUTPUT);
        Files.copy(Path.of(run.report()), workbook, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path pdf = LibreOfficePdf.convert(workbook);
        List<LibreOfficePdf.Word> words = LibreOfficePdf.words(pdf);
        Map<Integer, String> sheetOfPage = sheetOfPage(pdf);

        Map<String, Integer> pages = new LinkedHashMap<>();
        sheetOfPage.values().forEach(sheet -> pages.merge(sheet, 1, Integer::sum));
        assertThat(pages.keySet()).containsExactlyElementsOf(CommitteeReportWriter.SHEETS);
        ONE_PAGE.forEach(sheet -> assertThat(pages.get(sheet)).as("%s: %s", sheet, pages).isEqualTo(1));

        // One page wide: nothing printed beyond the paper's edge (a second page across would hold the cut part).
        for (LibreOfficePdf.Word word : words) {
            assertThat(word.xMax()).as("%s on page %d", word.text(), word.page()).isLessThanOrEqualTo(word.pageWidth());
        }

        try (XSSFWorkbook report = WorkbookReading.open(workbook)) {
            assertThat(overviewScale(report.getSheet("Übersicht"), words)).as("print scale of the Übersicht")
                    .isGreaterThanOrEqualTo(0.60);
            // A text cut off at its cell's edge prints as a fragment ("(Proze"): every printed word of four letters
            // or more must be a word of the workbook's texts (cells, charts, page headers and footers). Shorter ones
            // are left out: poppler splits the slanted codes of a chart axis into single letters.
            Set<String> vocabulary = vocabulary(report);
            for (LibreOfficePdf.Word word : words) {
                if (word.text().chars().filter(Character::isLetter).count() >= 4) {
                    assertThat(vocabulary).as("„%s“ on page %d is a whole word", word.text(), word.page())
                            .contains(word.text());
                }
            }
            for (Sheet sheet : report) {
                Set<String> printed = new HashSet<>();
                words.stream().filter(w -> sheet.getSheetName().equals(sheetOfPage.get(w.page())))
                        .forEach(w -> printed.add(w.text()));
                for (String text : texts(sheet)) {
                    for (String word : text.split("\\s+")) {
                        // A wrapped line may break after a hyphen or slash: "Land-" and "IB;" are then two words.
                        List<String> parts = printed.contains(word) ? List.of(word)
                                : List.of(word.split("(?<=[-/])"));
                        assertThat(printed).as("„%s“ of „%s“ printed on %s", word, text, sheet.getSheetName())
                                .containsAll(parts);
                    }
                }
            }
        }
    }

    /**
     * The scale LibreOffice fitted the Übersicht to: the printed distance from the header of column A
     * ({@code Kernthema}) to that of column C ({@code Abdeckung}) against the width of columns A and B at 100 %.
     */
    private static double overviewScale(Sheet sheet, List<LibreOfficePdf.Word> words) {
        LibreOfficePdf.Word topic = words.stream().filter(w -> w.page() == 1 && w.text().equals("Kernthema"))
                .findFirst().orElseThrow();
        LibreOfficePdf.Word coverage = words.stream()
                .filter(w -> w.page() == 1 && w.text().equals("Abdeckung") && w.xMin() > topic.xMin()
                        && Math.abs(w.yMin() - topic.yMin()) < 1)
                .min((a, b) -> Double.compare(a.xMin(), b.xMin())).orElseThrow();
        double columns = (sheet.getColumnWidth(0) + sheet.getColumnWidth(1)) / 256.0 * POINTS_PER_WIDTH_UNIT;
        return (coverage.xMin() - topic.xMin()) / columns;
    }

    /** Each page names its sheet in the page header: "Integrationsbericht 2025 – Kernthemen". */
    private static Map<Integer, String> sheetOfPage(Path pdf) throws Exception {
        Map<Integer, String> sheets = new LinkedHashMap<>();
        for (int page = 1; page <= LibreOfficePdf.pageCount(pdf); page++) {
            String text = LibreOfficePdf.pageText(pdf, page);
            List<String> named = new ArrayList<>();
            for (String sheet : CommitteeReportWriter.SHEETS) {
                if (text.contains("Integrationsbericht 2025 – " + sheet)) {
                    named.add(sheet);
                }
            }
            assertThat(named).as("page %d names one sheet", page).hasSize(1);
            sheets.put(page, named.get(0));
        }
        return sheets;
    }

    private static Set<String> vocabulary(XSSFWorkbook report) {
        List<String> texts = new ArrayList<>();
        for (Sheet sheet : report) {
            texts.addAll(texts(sheet));
            XSSFSheet xssf = (XSSFSheet) sheet;
            texts.add(xssf.getHeader().getLeft().replace("&&", "&"));
            texts.add(xssf.getHeader().getRight().replace("&&", "&"));
            texts.add(xssf.getFooter().getCenter());
            texts.add(xssf.getFooter().getRight());
            for (XSSFChart chart : xssf.createDrawingPatriarch().getCharts()) {
                texts.add(chart.getTitleText().getString());
                chart.getCTChart().getPlotArea().getBarChartArray(0).getSerList()
                        .forEach(series -> texts.add(series.getTx().getV()));
            }
        }
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            for (String word : text.split("\\s+")) {
                words.add(word);
                words.addAll(List.of(word.split("(?<=[-/])")));
            }
        }
        return words;
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
