package de.landkreis.integrationsmonitor.report;

import static de.landkreis.integrationsmonitor.report.ValidationLogFixtures.OFFICE;
import static de.landkreis.integrationsmonitor.report.ValidationLogFixtures.RUN_START;
import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.returns.Location;
import de.landkreis.integrationsmonitor.validation.Finding;
import de.landkreis.integrationsmonitor.validation.Rule;
import de.landkreis.integrationsmonitor.validation.RuleCatalogue;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationLogWorkbookTests {

    private static final String P02_MESSAGE = "VZÄ 19,5 ist größer als 1 – Musterdorf (08436064)";

    @TempDir
    Path reports;

    private final ValidationLogWriter writer = ValidationLogFixtures.writer();

    @Test
    void findingsSheetHasTheLogColumnsAndOneRowPerFinding() throws Exception {
        List<Finding> findings = List.of(
                new Finding(Rule.P02, new Location("Musterdorf.xlsx", "Personal", 7, "D"), P02_MESSAGE, "19,5",
                        "08436064"),
                new Finding(Rule.D01, Location.ofFile("scan.pdf"), "Dateityp nicht unterstützt", "", null));

        try (XSSFWorkbook workbook = open(writer.write(reports, RUN_START, findings).workbook())) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getSheetName()).isEqualTo("Prüfprotokoll");
            assertThat(texts(sheet.getRow(0)))
                    .containsExactly("Datei", "Blatt", "Zeile", "Spalte", "Regel", "Schweregrad", "Meldung", "Wert");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);

            Row p02 = sheet.getRow(1);
            assertThat(p02.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(p02.getCell(2).getNumericCellValue()).isEqualTo(7.0);
            assertThat(List.of(0, 1, 3, 4, 5, 6, 7)).allSatisfy(
                    column -> assertThat(p02.getCell(column).getCellType()).isEqualTo(CellType.STRING));
            assertThat(List.of(text(p02, 0), text(p02, 1), text(p02, 3), text(p02, 4), text(p02, 5), text(p02, 6),
                    text(p02, 7)))
                    .containsExactly("Musterdorf.xlsx", "Personal", "D", "P02", "FEHLER", P02_MESSAGE, "19,5");

            Row d01 = sheet.getRow(2);
            assertThat(text(d01, 0)).isEqualTo("scan.pdf");
            assertThat(d01.getCell(2, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).getCellType())
                    .isEqualTo(CellType.BLANK);
            assertThat(text(d01, 4)).isEqualTo("D01");
        }
    }

    @Test
    void valuesThatLookLikeFormulasStayTextWithoutApostrophe() throws Exception {
        List<Finding> findings = List.of(
                new Finding(Rule.S05, new Location("m.csv", null, 4, "E"), "Angebote", "=HYPERLINK(\"x\")", null),
                new Finding(Rule.S05, new Location("m.csv", null, 5, "E"), "Angebote", "-5", null));

        try (XSSFWorkbook workbook = open(writer.write(reports, RUN_START, findings).workbook())) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            Cell formulaLike = sheet.getRow(1).getCell(7);
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("-5");
        }
    }

    @Test
    void findingsSheetFreezesAndFiltersItsHeader() throws Exception {
        List<Finding> findings = List.of(
                new Finding(Rule.D06, Location.ofFile("~$a.xlsx"), "Sperrdatei", "", null),
                new Finding(Rule.D06, Location.ofFile("~$b.xlsx"), "Sperrdatei", "", null));

        try (XSSFWorkbook workbook = open(writer.write(reports, RUN_START, findings).workbook())) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H3");
            assertThat(sheet.getColumnWidth(6)).isEqualTo(60 * 256);
            assertThat(sheet.getRow(1).getCell(6).getCellStyle().getWrapText()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void everySheetPrintsA4LandscapeOnePageWideWithHeaderRowAndPageNumbers(int sheetIndex) throws Exception {
        try (XSSFWorkbook workbook = open(writer.write(reports, RUN_START, List.of()).workbook())) {
            XSSFSheet sheet = workbook.getSheetAt(sheetIndex);

            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(sheet.getFooter().getCenter()).contains("Seite &P von &N");
            assertThat(sheet.getHeader().getLeft()).isEqualTo(OFFICE);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void workbookIsTitledWithTheRunAndAuthoredByTheOffice() throws Exception {
        try (XSSFWorkbook workbook = open(writer.write(reports, RUN_START, List.of()).workbook())) {
            assertThat(workbook.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Prüfprotokoll vom 02.03.2026 06:00");
            assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo(OFFICE);
            assertThat(workbook.getSheetAt(0).getHeader().getRight()).isEqualTo("Prüfprotokoll vom 02.03.2026 06:00");
        }
    }

    @Test
    void rulesSheetListsEveryRuleWithTheCatalogueTexts() throws Exception {
        RuleCatalogue catalogue = ValidationLogFixtures.catalogue();

        try (XSSFWorkbook workbook = open(writer.write(reports, RUN_START, List.of()).workbook())) {
            XSSFSheet sheet = workbook.getSheetAt(1);

            assertThat(sheet.getSheetName()).isEqualTo("Prüfregeln");
            assertThat(texts(sheet.getRow(0))).containsExactly("Regel", "Schweregrad", "Was geprüft wird",
                    "Wie zu beheben");
            assertThat(sheet.getLastRowNum()).isEqualTo(Rule.values().length);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D" + (Rule.values().length + 1));
            for (Rule rule : Rule.values()) {
                RuleCatalogue.Entry entry = catalogue.entry(rule);
                assertThat(texts(sheet.getRow(rule.ordinal() + 1))).as(rule.code())
                        .containsExactly(rule.code(), rule.severity().name(), entry.checks(), entry.fix());
            }
        }
    }

    @Test
    void germanTextsOfTheWorkbookAreDecodedCorrectly() throws Exception {
        try (XSSFWorkbook workbook = open(writer.write(reports, RUN_START, List.of()).workbook())) {
            List<String> texts = new ArrayList<>();
            for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                texts.add(workbook.getSheetName(index));
                workbook.getSheetAt(index).forEach(row -> texts.addAll(texts(row)));
            }

            assertThat(texts).isNotEmpty().noneMatch(text -> text.contains("\uFFFD"));
            assertThat(texts).contains("Prüfregeln", "Was geprüft wird");
            assertThat(String.join("\n", texts)).contains("Vollzeitäquivalent", "Größen");
        }
    }

    @Test
    void streamsManyThousandFindings() throws Exception {
        List<Finding> findings = IntStream.rangeClosed(1, 5_000)
                .mapToObj(row -> new Finding(Rule.P03, new Location("gross.xlsx", "Personal", row, "E"),
                        "Besetzt ist nicht ja oder nein", "vielleicht " + row, null))
                .toList();

        try (XSSFWorkbook workbook = open(writer.write(reports, RUN_START, findings).workbook())) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getLastRowNum()).isEqualTo(5_000);
            assertThat(sheet.getRow(5_000).getCell(7).getStringCellValue()).isEqualTo("vielleicht 5000");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H5001");
        }
    }

    @Test
    void cutsAValueLongerThanACellCanHoldInsteadOfFailing() throws Exception {
        String huge = "x".repeat(40_000);
        Finding finding = new Finding(Rule.Z01, new Location("lang.csv", null, 2, "J"), "Zelle zu lang", huge, null);

        ValidationLogFiles files = writer.write(reports, RUN_START, List.of(finding));

        try (XSSFWorkbook workbook = open(files.workbook())) {
            String written = workbook.getSheetAt(0).getRow(1).getCell(7).getStringCellValue();
            assertThat(written).hasSize(32_767).startsWith("xxxx").endsWith(" …");
        }
        assertThat(Files.readString(files.csv())).contains(huge);
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : ""));
        return texts;
    }
}
