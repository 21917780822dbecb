package de.landkreis.integrationsmonitor.forms;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.IntegrationTest;
import de.landkreis.integrationsmonitor.reference.District;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import de.landkreis.integrationsmonitor.report.TextFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How the return forms print, read back from the written workbooks without printing them: every printed sheet
 * one A4 page wide and as many tall as needed, its header row repeated, and no column wider than the paper, which
 * no fitting would shrink. {@link ReturnFormPdfTests} prints a form through LibreOffice.
 */
@IntegrationTest
class ReturnFormPrintSetupTests {

    /** Whether each printed sheet is landscape: the two tables are, the Hinweise and Angaben read down a page. */
    private static final Map<String, Boolean> LANDSCAPE = Map.of("Hinweise", false, "Angaben", false,
            "Strukturen", true, "Personal", true);
    private static final double A4_SHORT_INCHES = 210 / 25.4;
    private static final double A4_LONG_INCHES = 297 / 25.4;
    /**
     * A column width counts digits of the default font. Where Arial is missing, LibreOffice takes DejaVu Sans,
     * whose digits are 0.636 em wide, wider than Arial's: at 10 points a unit then spans 6.36 points.
     */
    private static final double WIDEST_INCHES_PER_UNIT = 0.636 * TextFont.POINTS / 72;

    @Autowired
    ReturnFormWriter writer;
    @Autowired
    District district;

    @TempDir
    Path reports;

    @Test
    void everyPrintedSheetIsOneA4PageWideWithItsHeaderRowOnEveryPage() throws Exception {
        List<Path> forms = writer.writeAll(reports, 2026);

        for (Path form : List.of(forms.get(0), forms.get(forms.size() - 1))) {
            try (InputStream in = Files.newInputStream(form); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                assertThat(printedSheets(workbook)).as("printed sheets of %s", form.getFileName())
                        .map(Sheet::getSheetName).containsExactly("Hinweise", "Angaben", "Strukturen", "Personal");
                for (Sheet sheet : printedSheets(workbook)) {
                    String name = form.getFileName() + " " + sheet.getSheetName();
                    PrintSetup setup = sheet.getPrintSetup();
                    assertThat(sheet.getFitToPage()).as(name).isTrue();
                    assertThat(setup.getFitWidth()).as(name + " pages wide").isEqualTo((short) 1);
                    assertThat(setup.getFitHeight()).as(name + " pages tall: as many as needed").isZero();
                    assertThat(setup.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                    assertThat(setup.getLandscape()).as(name + " landscape").isEqualTo(LANDSCAPE.get(sheet.getSheetName()));
                    CellRangeAddress repeated = sheet.getRepeatingRows();
                    assertThat(repeated).as(name + " repeats rows").isNotNull();
                    assertThat(List.of(repeated.getFirstRow(), repeated.getLastRow())).as(name + " repeated rows")
                            .containsExactly(0, 0);
                    assertThat(sheet.getHeader().getLeft()).as(name).contains(district.officeName());
                    assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("Seite &P von &N");
                    double printable = (setup.getLandscape() ? A4_LONG_INCHES : A4_SHORT_INCHES)
                            - sheet.getMargin(PageMargin.LEFT) - sheet.getMargin(PageMargin.RIGHT);
                    for (int column = 0; column < usedColumns(sheet); column++) {
                        assertThat(sheet.getColumnWidth(column) / 256.0 * WIDEST_INCHES_PER_UNIT)
                                .as("%s column %d in inches", name, column).isLessThanOrEqualTo(printable);
                    }
                }
            }
        }
    }

    private static List<Sheet> printedSheets(XSSFWorkbook workbook) {
        List<Sheet> printed = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (workbook.getSheetVisibility(workbook.getSheetIndex(sheet)) == SheetVisibility.VISIBLE) {
                printed.add(sheet);
            }
        }
        return printed;
    }

    private static int usedColumns(Sheet sheet) {
        int columns = 0;
        for (Row row : sheet) {
            columns = Math.max(columns, row.getLastCellNum());
        }
        return columns;
    }
}
