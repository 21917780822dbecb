package de.landkreis.integrationsmonitor.forms;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.IntegrationTest;
import de.landkreis.integrationsmonitor.LibreOfficePdf.Word;
import de.landkreis.integrationsmonitor.LibreOfficePdf;
import de.landkreis.integrationsmonitor.ProjectTables;
import de.landkreis.integrationsmonitor.TestInbox;
import de.landkreis.integrationsmonitor.TestMessages;
import de.landkreis.integrationsmonitor.job.ImportRun;
import de.landkreis.integrationsmonitor.reference.District;
import de.landkreis.integrationsmonitor.returns.Field;
import de.landkreis.integrationsmonitor.store.SchemaTables;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints Ravensburg's prefilled return form through LibreOffice and tells each page's sheet by what only that
 * sheet shows. Skips where LibreOffice or poppler is missing, except on CI ({@link LibreOfficePdf#requireTools()}).
 * The PDF stays in {@code target/forms-pdf/vorlagen/2026} to be looked at.
 */
@IntegrationTest
class ReturnFormPdfTests {

    private static final Path OUTPUT = Path.of("target", "forms-pdf");
    private static final Instant RECEIVED = Instant.parse("2026-01-20T08:00:00Z");
    private static final String RAVENSBURG = "08436064";
    /** Points a word may stick out of the margin: the width of a glyph's side bearing, not of a letter. */
    private static final double TOLERANCE = 1;
    private static final double POINTS_PER_INCH = 72;

    private final FormTexts texts = new FormTexts(TestMessages.german());

    @Autowired
    ReturnFormWriter writer;
    @Autowired
    ImportRun importRun;
    @Autowired
    District district;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchemaTables tables;

    @TempDir
    Path inbox;
    @TempDir
    Path reports;

    @Test
    void everySheetPrintsOnePageWideWithinTheMarginsAndOnlyPersonalContinuesDownward() throws Exception {
        LibreOfficePdf.requireTools();
        ProjectTables.clear(jdbc, tables);
        TestInbox.copyTree(Path.of("input/2025"), inbox.resolve("2025"), RECEIVED);
        importRun.run(inbox, reports, null);
        Path form = writer.writeAll(OUTPUT, 2026).stream()
                .filter(path -> path.getFileName().toString().contains(RAVENSBURG)).findFirst().orElseThrow();
        Path pdf = LibreOfficePdf.convert(form);

        List<String> sheets = sheetPerPage(pdf);
        List<Word> words = LibreOfficePdf.words(pdf);

        assertThat(sheets).containsExactly("Hinweise", "Angaben", "Strukturen", "Personal", "Personal");
        Map<String, SideMargins> margins = sideMargins(form);
        assertThat(words).isNotEmpty().allSatisfy(word -> {
            SideMargins margin = margins.get(sheets.get(word.page() - 1));
            assertThat(word.xMin()).as("left edge of %s", word).isGreaterThanOrEqualTo(margin.left() - TOLERANCE);
            assertThat(word.xMax()).as("right edge of %s", word)
                    .isLessThanOrEqualTo(word.pageWidth() - margin.right() + TOLERANCE);
        });
        // One page wide: every page of a table shows every column title, the header row repeated on the next page.
        for (int page = 1; page <= sheets.size(); page++) {
            Set<String> onPage = wordsOn(words, page);
            List<Field> columns = switch (sheets.get(page - 1)) {
                case "Strukturen" -> StructuresFormSheet.COLUMNS;
                case "Personal" -> PersonalFormSheet.COLUMNS;
                default -> List.of();
            };
            for (Field column : columns) {
                assertThat(onPage).as("page %d shows column %s", page, column)
                        .containsAll(List.of(texts.label(column).split(" ")));
            }
            String text = LibreOfficePdf.pageText(pdf, page);
            assertThat(text).as("page %d header and footer", page)
                    .contains(district.officeName(), "Seite " + page + " von " + sheets.size());
        }
    }

    /** The sheet of each page, told by a text that only it prints: a title, a label or a column title. */
    private List<String> sheetPerPage(Path pdf) throws Exception {
        Map<String, String> shownOnlyBy = new LinkedHashMap<>();
        shownOnlyBy.put("Hinweise", texts.text("forms.hints.title", "2026"));
        shownOnlyBy.put("Angaben", texts.label(Field.AGS));
        shownOnlyBy.put("Strukturen", texts.text("forms.column.description"));
        shownOnlyBy.put("Personal", texts.label(Field.VERSORGTE_GEMEINDEN));
        List<String> sheets = new ArrayList<>();
        for (int page = 1; page <= LibreOfficePdf.pageCount(pdf); page++) {
            String text = LibreOfficePdf.pageText(pdf, page).replaceAll("\\s+", " ");
            List<String> named = shownOnlyBy.entrySet().stream().filter(e -> text.contains(e.getValue()))
                    .map(Map.Entry::getKey).toList();
            assertThat(named).as("page %d shows one sheet", page).hasSize(1);
            sheets.add(named.get(0));
        }
        return sheets;
    }

    /** A sheet's left and right margin in points. */
    private record SideMargins(double left, double right) {
    }

    /** The side margins of each sheet, as the workbook asks the printer for them. */
    private static Map<String, SideMargins> sideMargins(Path form) throws Exception {
        Map<String, SideMargins> margins = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                margins.put(sheet.getSheetName(), new SideMargins(sheet.getMargin(PageMargin.LEFT) * POINTS_PER_INCH,
                        sheet.getMargin(PageMargin.RIGHT) * POINTS_PER_INCH));
            }
        }
        return margins;
    }

    private static Set<String> wordsOn(List<Word> words, int page) {
        return words.stream().filter(word -> word.page() == page).map(Word::text).collect(Collectors.toSet());
    }
}
