package de.landkreis.integrationsmonitor.report;

import static de.landkreis.integrationsmonitor.report.CommitteeFixture.ALTSHAUSEN;
import static de.landkreis.integrationsmonitor.report.CommitteeFixture.AULENDORF;
import static de.landkreis.integrationsmonitor.report.CommitteeFixture.BAINDT;
import static de.landkreis.integrationsmonitor.report.CommitteeFixture.BERG;
import static de.landkreis.integrationsmonitor.report.CommitteeFixture.BODNEGG;
import static de.landkreis.integrationsmonitor.report.CommitteeFixture.BOMS;
import static de.landkreis.integrationsmonitor.report.CommitteeFixture.DATA_AS_OF;
import static de.landkreis.integrationsmonitor.report.CommitteeFixture.EBENWEILER;
import static de.landkreis.integrationsmonitor.report.CommitteeFixture.GRUENKRAUT;
import static de.landkreis.integrationsmonitor.report.CommitteeFixture.RAVENSBURG;
import static de.landkreis.integrationsmonitor.report.WorkbookReading.number;
import static de.landkreis.integrationsmonitor.report.WorkbookReading.rowOf;
import static de.landkreis.integrationsmonitor.report.WorkbookReading.rowOfLabel;
import static de.landkreis.integrationsmonitor.report.WorkbookReading.text;
import static de.landkreis.integrationsmonitor.report.WorkbookReading.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class CommitteeReportWriterTests extends ReportContext {

    private static final double EPS = 1e-9;
    /** Altshausen, Boms and Ebenweiler share the EK position of 0,8 FTE. */
    private static final double SHARED_POPULATION = 4013 + 724 + 1274;
    /** Altshausen, Boms, Ebenweiler, Ravensburg, Berg, Bodnegg, Grünkraut: staffing known. */
    private static final long STAFFED_POPULATION = 4013 + 724 + 1274 + 49896 + 4397 + 3080 + 3089;

    @Autowired
    CommitteeReportWriter writer;
    @Autowired
    MunicipalityRegister register;

    @TempDir
    Path reports;

    private XSSFWorkbook workbook;
    private Path file;

    @BeforeEach
    void writeReport() throws IOException {
        CommitteeFixture.load(fixtures());
        file = writer.write(reports, figures.reportYear(2025), DATA_AS_OF);
        workbook = WorkbookReading.open(file);
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void writesTheSheetsInOrderBelowTheYear() {
        assertThat(file).isEqualTo(reports.resolve("2025").resolve("Integrationsbericht_2025.xlsx"));
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactly("Übersicht", "Kernthemen", "Handlungsbedarf", "Personal", "Befristungen",
                "Entwicklung", "Rücklauf", "Erläuterungen");
        assertThat(figures.latestYearWithAcceptedReturns()).contains(2025);
    }

    @Test
    void overviewStatesTitleDatesCoverageInWordsAndReturnFigures() {
        Sheet sheet = workbook.getSheet("Übersicht");
        assertThat(text(sheet, 0, 0)).isEqualTo("Integrationsmonitor Landkreis Ravensburg – Bericht 2025");
        assertThat(text(sheet, 1, 0)).isEqualTo("Stichtag: 31.12.2025");
        assertThat(text(sheet, 2, 0)).isEqualTo("Datenstand: 01.02.2026, 09:30 Uhr");
        assertThat(text(sheet, 3, 0)).isEqualTo("4 von 39 Gemeinden haben eine vollständige Rückmeldung "
                + "abgegeben (Stand 01.02.2026); 2 davon mit Warnungen.");

        // No position of the fixture has an end date.
        assertThat(text(sheet, 4, 0)).isEqualTo("0,00 VZÄ (0,0 % aller VZÄ) sind bereits abgelaufen oder enden "
                + "innerhalb von 24 Monaten; davon 0,00 VZÄ aus Landesförderung.");

        int header = rowOfLabel(sheet, "Rücklauf 2025");
        assertThat(List.of(text(sheet, header, 2), text(sheet, header, 3))).containsExactly("Gemeinden", "Anteil");
        assertThat(text(sheet, header + 1, 1)).isEqualTo("vollständig");
        assertThat(number(sheet, header + 1, 2)).isEqualTo(4);
        assertThat(number(sheet, header + 1, 3)).isCloseTo(4.0 / 39, within(EPS));
        assertThat(number(sheet, rowOfLabel(sheet, "unvollständig"), 2)).isEqualTo(1);
        assertThat(number(sheet, rowOfLabel(sheet, "fehlerhaft"), 2)).isEqualTo(1);
        assertThat(number(sheet, rowOfLabel(sheet, "fehlt"), 2)).isEqualTo(33);
        assertThat(number(sheet, rowOfLabel(sheet, "Gemeinden insgesamt"), 2)).isEqualTo(39);
    }

    @Test
    void overviewGivesKeyFiguresWithPreviousYearAndChange() {
        Sheet sheet = workbook.getSheet("Übersicht");
        int header = rowOfLabel(sheet, "Personal (VZÄ) 2025");
        assertThat(List.of(text(sheet, header, 2), text(sheet, header, 3), text(sheet, header, 4)))
                .containsExactly("2025", "Vorjahr 2024", "Veränderung");
        assertFigures(sheet, "VZÄ IB – Integrationsbeauftragte", 1.0, 0.0, 1.0);
        assertFigures(sheet, "VZÄ IM – Integrationsmanagement", 2.5, 2.0, 0.5);
        assertFigures(sheet, "VZÄ EK – Ehrenamts- und Flüchtlingskoordination", 0.8, 0.0, 0.8);
        assertFigures(sheet, "VZÄ SO – sonstige Fachkräfte Integration", 0.0, 0.0, 0.0);
        assertFigures(sheet, "VZÄ gesamt", 4.3, 2.0, 2.3);
        assertFigures(sheet, "davon besetzt (VZÄ)", 3.8, 2.0, 1.8);
        assertFigures(sheet, "davon unbesetzt (VZÄ)", 0.5, 0.0, 0.5);
        assertFigures(sheet, "VZÄ je 10.000 Einwohner", 4.3 * 10_000 / STAFFED_POPULATION,
                2.0 * 10_000 / (4013 + 49896), 4.3 * 10_000 / STAFFED_POPULATION - 2.0 * 10_000 / (4013 + 49896));
        // Land-funded 1,0 + 0,25 + 1,0 + 0,5 of 3,5 FTE with stated funding; 2024: 1,0 of 1,0.
        assertFigures(sheet, "Anteil Landesförderung an den VZÄ mit Angabe zur Finanzierung", 2.75 / 3.5, 1.0,
                (2.75 / 3.5 - 1.0) * 100);
        assertThat(sheet.getRow(rowOfLabel(sheet, "VZÄ gesamt")).getCell(2).getCellStyle().getDataFormatString())
                .isEqualTo("0.00");

        // The coverage of the year and its change; the previous year's own shares stand in Entwicklung.
        assertCoverage(sheet, "SPR", 3.0 / 6, 6, 0.0);
        assertCoverage(sheet, "BIL", 3.0 / 6, 6, -50.0);
        assertCoverage(sheet, "GES", 3.0 / 5, 5, -40.0);
        assertCoverage(sheet, "EHR", 5.0 / 6, 6, (5.0 / 6 - 1) * 100);
        assertCoverage(sheet, "TEI", 3.0 / 5, 5, -40.0);
        assertThat(sheet.getRow(rowOf(sheet, "SPR")).getCell(2).getCellStyle().getDataFormatString())
                .isEqualTo("0.0%");
    }

    @Test
    void coreTopicsShowSignsPerMunicipalityAndTotals() {
        Sheet sheet = workbook.getSheet("Kernthemen");
        List<Object> header = new ArrayList<>();
        for (int c = 0; c < 13; c++) {
            header.add(value(sheet, 0, c));
        }
        assertThat(header).containsExactly("AGS", "Gemeinde", "SPR", "BIL", "ARB", "WOH", "GES", "EHR", "TEI", "PAR",
                "IKO", "ANT", "NET");
        assertThat(signs(sheet, ALTSHAUSEN)).isEqualTo("○◐●●.●●●●●●");
        assertThat(signs(sheet, RAVENSBURG)).isEqualTo("●●●●●●.●●●●");
        assertThat(signs(sheet, BAINDT)).isEqualTo("○○○○○●○○○○○");
        assertThat(signs(sheet, BODNEGG)).isEqualTo("●●●●●●●●●●●");
        assertThat(signs(sheet, GRUENKRAUT)).isEqualTo("○○○○○○○○○○○");
        // Without a current Strukturen version every topic is unknown, never "not covered".
        assertThat(signs(sheet, BOMS)).isEqualTo("...........");
        assertThat(signs(sheet, AULENDORF)).isEqualTo("...........");

        int count = rowOfLabel(sheet, "Anzahl");
        assertThat(count).isEqualTo(40);
        assertThat(value(sheet, count, 0)).isNull();
        assertThat(rowOfLabel(sheet, "Basis")).isEqualTo(41);
        assertThat(rowOfLabel(sheet, "Anteil")).isEqualTo(42);
        double[] covered = {3, 3, 4, 4, 3, 5, 3, 4, 4, 4, 4};
        double[] known = {6, 6, 6, 6, 5, 6, 5, 6, 6, 6, 6};
        for (int i = 0; i < covered.length; i++) {
            assertThat(number(sheet, 40, 2 + i)).as("Anzahl %d", i).isEqualTo(covered[i]);
            assertThat(number(sheet, 41, 2 + i)).as("Basis %d", i).isEqualTo(known[i]);
            assertThat(number(sheet, 42, 2 + i)).as("Anteil %d", i).isCloseTo(covered[i] / known[i], within(EPS));
        }
        assertThat(sheet.getRow(42).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(text(sheet, 44, 0)).startsWith("Zeichen: ● abgedeckt · ◐ geplant · ○ nicht abgedeckt");
        assertThat(WorkbookReading.allTexts(workbook)).contains("SPR – Sprache (maßgeblich: mindestens ein Angebot)",
                "BIL – Bildung und frühe Förderung (maßgeblich: Ansprechperson)");
    }

    @Test
    void staffSplitsSharedPositionsByPopulationAndCountsThemOnceInTheTotal() {
        Sheet sheet = workbook.getSheet("Personal");
        assertThat(List.of(text(sheet, 0, 0), text(sheet, 0, 2), text(sheet, 0, 3), text(sheet, 0, 7),
                text(sheet, 0, 8), text(sheet, 0, 9), text(sheet, 0, 10), text(sheet, 0, 11))).containsExactly("AGS",
                "Einwohner", "VZÄ IB", "VZÄ gesamt", "unbesetzt (VZÄ)", "unbesetzt > 6 Monate (VZÄ)",
                "VZÄ je 10.000 EW", "Anteil Landesförderung");

        double altshausenEk = 0.8 * 4013 / SHARED_POPULATION;
        int altshausen = rowOf(sheet, ALTSHAUSEN);
        assertRow(sheet, altshausen, 4013, 0.5, 1.0, altshausenEk, 0.0, 1.5 + altshausenEk, 0.5);
        assertThat(number(sheet, altshausen, 10)).isCloseTo((1.5 + altshausenEk) * 10_000 / 4013, within(EPS));
        assertThat(number(sheet, altshausen, 11)).isCloseTo(1.25 / 1.5, within(EPS));

        int boms = rowOf(sheet, BOMS);
        assertRow(sheet, boms, 724, 0, 0, 0.8 * 724 / SHARED_POPULATION, 0, 0.8 * 724 / SHARED_POPULATION, 0);
        assertThat(value(sheet, boms, 11)).isEqualTo("x");
        int ebenweiler = rowOf(sheet, EBENWEILER);
        assertThat(number(sheet, ebenweiler, 5)).isCloseTo(0.8 * 1274 / SHARED_POPULATION, within(EPS));

        // The correction replaced Ravensburg's first Personal version: IM 1,0 + 0,5, the SO position is gone.
        int ravensburg = rowOf(sheet, RAVENSBURG);
        assertRow(sheet, ravensburg, 49896, 0, 1.5, 0, 0, 1.5, 0);
        assertThat(number(sheet, ravensburg, 11)).isCloseTo(1.0 / 1.5, within(EPS));

        int berg = rowOf(sheet, BERG);
        assertRow(sheet, berg, 4397, 0, 0, 0, 0, 0, 0);
        assertThat(number(sheet, berg, 10)).isZero();
        assertThat(value(sheet, berg, 11)).isEqualTo("x");

        for (String unknown : List.of(BAINDT, AULENDORF)) {
            int row = rowOf(sheet, unknown);
            for (int c = 3; c <= 11; c++) {
                assertThat(value(sheet, row, c)).as("%s column %d", unknown, c).isEqualTo(".");
            }
        }

        int total = rowOfLabel(sheet, "Landkreis insgesamt");
        assertThat(total).isEqualTo(40);
        assertThat(value(sheet, total, 0)).isNull();
        assertRow(sheet, total, STAFFED_POPULATION, 1.0, 2.5, 0.8, 0, 4.3, 0.5);
        assertThat(number(sheet, total, 10)).isCloseTo(4.3 * 10_000 / STAFFED_POPULATION, within(EPS));
        assertThat(number(sheet, total, 11)).isCloseTo(2.75 / 3.5, within(EPS));
        assertThat(sheet.getRow(total).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(sheet.getRow(total).getCell(11).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
    }

    @Test
    void developmentShowsEveryYearWithCurrentVersionsAndTheChanges() {
        Sheet sheet = workbook.getSheet("Entwicklung");
        assertThat(List.of(text(sheet, 0, 0), text(sheet, 0, 1), text(sheet, 0, 2)))
                .containsExactly("Kennzahl", "2024", "2025");
        assertYears(sheet, "Gemeinden mit gültiger Rückmeldung zu Strukturen", 2.0, 6.0);
        assertYears(sheet, "Gemeinden mit gültiger Rückmeldung zum Personal", 2.0, 5.0);
        assertThat(rowOf(sheet, "VZÄ IB – Integrationsbeauftragte")).isEqualTo(DevelopmentSheet.FIRST_FUNCTION_ROW);
        assertYears(sheet, "VZÄ IM – Integrationsmanagement", 2.0, 2.5);
        assertYears(sheet, "VZÄ gesamt", 2.0, 4.3);
        assertYears(sheet, "davon unbesetzt (VZÄ)", 0.0, 0.5);
        assertYears(sheet, "VZÄ gesamt: Veränderung zum Vorjahr", "x", 2.3);
        assertYears(sheet, "Sprache (SPR): Anteil abgedeckt", 0.5, 0.5);
        assertYears(sheet, "Sprache (SPR): Basis (Gemeinden mit bekannter Angabe)", 2.0, 6.0);
        assertYears(sheet, "Gesundheit (GES): Veränderung zum Vorjahr (Prozentpunkte)", "x", -40.0);
    }

    @Test
    void returnsSheetShowsStatusDateAndWarnings() {
        Sheet sheet = workbook.getSheet("Rücklauf");
        assertThat(List.of(text(sheet, 0, 0), text(sheet, 0, 1), text(sheet, 0, 2), text(sheet, 0, 4)))
                .containsExactly("AGS", "Gemeinde", "Status", "Warnungen");
        // The rejected correction is the latest version: fehlerhaft, received in the second run; the warnings
        // are those of the current versions (K02 once although it belongs to both sections, S03, P04).
        assertReturn(sheet, ALTSHAUSEN, "fehlerhaft", LocalDateTime.of(2026, 2, 1, 9, 30), 3);
        // The correction replaced the version with the P04 warning.
        assertReturn(sheet, RAVENSBURG, "vollständig", LocalDateTime.of(2026, 2, 1, 9, 30), 0);
        assertReturn(sheet, BAINDT, "unvollständig", LocalDateTime.of(2026, 1, 10, 9, 0), 0);
        assertReturn(sheet, BERG, "vollständig", LocalDateTime.of(2026, 1, 10, 9, 0), 0);
        // D05 of the joint file counts for both members.
        assertReturn(sheet, BODNEGG, "vollständig", LocalDateTime.of(2026, 1, 10, 9, 0), 2);
        assertReturn(sheet, GRUENKRAUT, "vollständig", LocalDateTime.of(2026, 1, 10, 9, 0), 1);
        // A version without a readable Berichtsjahr counts for no year; being served by a shared position is no
        // return either.
        assertThat(text(sheet, rowOf(sheet, AULENDORF), 2)).isEqualTo("fehlt");
        assertThat(text(sheet, rowOf(sheet, AULENDORF), 3)).isEqualTo("–");
        assertThat(text(sheet, rowOf(sheet, BOMS), 2)).isEqualTo("fehlt");
        int total = rowOfLabel(sheet, "Insgesamt");
        assertThat(total).isEqualTo(40);
        assertThat(number(sheet, total, 4)).isEqualTo(6);
    }

    @Test
    void tablesListTheWholeRegisterInGermanOrderBelowOneHeaderRow() {
        List<String> expected = register.all().stream().map(Municipality::ags).toList();
        for (String name : List.of("Kernthemen", "Handlungsbedarf", "Personal", "Befristungen", "Rücklauf")) {
            Sheet sheet = workbook.getSheet(name);
            assertThat(text(sheet, 0, 0)).isEqualTo("AGS");
            List<String> ags = new ArrayList<>();
            for (int r = 1; r <= expected.size(); r++) {
                ags.add(text(sheet, r, 0));
            }
            assertThat(ags).as(name).isEqualTo(expected);
            assertThat(value(sheet, expected.size() + 1, 0)).as(name).isNull();
            assertThat(sheet.getMergedRegions()).isEmpty();
        }
        assertThat(text(workbook.getSheet("Personal"), rowOf(workbook.getSheet("Personal"), GRUENKRAUT), 1))
                .isEqualTo("Grünkraut");
    }

    @Test
    void notesExplainMethodPopulationAndSigns() {
        List<String> texts = WorkbookReading.allTexts(workbook);
        Sheet sheet = workbook.getSheet("Erläuterungen");
        assertThat(List.of(text(sheet, 0, 0), text(sheet, 0, 1))).containsExactly("Begriff", "Erläuterung");
        assertThat(texts).anyMatch(t -> t.contains("fiktive Beispieldaten"));
        assertThat(texts).anyMatch(t -> t.contains("Stand 15.05.2022; alle 39 Gemeinden zusammen: "
                + String.format(java.util.Locale.GERMANY, "%,d", register.totalPopulation()) + " Einwohner")
                && t.contains("(" + String.format(java.util.Locale.GERMANY, "%,d", STAFFED_POPULATION)
                + " Einwohner)"));
        assertThat(texts).anyMatch(t -> t.contains("DIN 55301"));
        assertThat(texts).anyMatch(t -> t.contains("ersetzt die später eingegangene"));
    }

    @Test
    void printsLandscapeFittedToWidthWithRepeatedHeaderAndFooter() {
        for (Sheet sheet : workbook) {
            XSSFSheet s = (XSSFSheet) sheet;
            assertThat(s.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(s.getFitToPage()).isTrue();
            assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(s.isPrintGridlines()).isFalse();
            assertThat(s.getHeader().getLeft()).isEqualTo("Landratsamt Ravensburg – Amt für Migration und Integration");
            assertThat(s.getFooter().getCenter()).isEqualTo("Seite &P von &N");
            assertThat(s.getFooter().getRight()).isEqualTo("Datenstand: 01.02.2026, 09:30 Uhr");
            if (!sheet.getSheetName().equals("Übersicht")) {
                assertThat(s.getRepeatingRows()).as(sheet.getSheetName()).isEqualTo(
                        org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
                assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            }
        }
        for (String onePage : List.of("Übersicht", "Kernthemen", "Handlungsbedarf", "Personal", "Rücklauf")) {
            assertThat(workbook.getSheet(onePage).getPrintSetup().getFitHeight()).as(onePage).isEqualTo((short) 1);
        }
        for (String longer : List.of("Befristungen", "Entwicklung", "Erläuterungen")) {
            assertThat(workbook.getSheet(longer).getPrintSetup().getFitHeight()).as(longer).isEqualTo((short) 0);
        }
        assertThat(workbook.getProperties().getCoreProperties().getTitle())
                .isEqualTo("Integrationsbericht 2025 – Landkreis Ravensburg");
        assertThat(workbook.getProperties().getCoreProperties().getCreator())
                .isEqualTo("Landratsamt Ravensburg – Amt für Migration und Integration");
    }

    @Test
    void overviewHasThreeTitledChartsWithExplicitColoursAndAltText() {
        var drawing = workbook.getSheet("Übersicht").createDrawingPatriarch();
        List<XSSFChart> charts = drawing.getCharts();
        assertThat(charts).hasSize(3);
        XSSFChart coverage = charts.get(0);
        XSSFChart fte = charts.get(2);
        assertThat(coverage.getTitleText().getString()).startsWith("Abdeckung der Kernthemen 2025");
        assertThat(fte.getTitleText().getString()).isEqualTo("VZÄ nach Funktion je Berichtsjahr");
        assertThat(seriesCount(coverage)).isEqualTo(1);
        assertThat(seriesCount(fte)).isEqualTo(4);
        assertThat(fte.getCTChart().getPlotArea().getBarChartArray(0).getSerList())
                .extracting(series -> series.getTx().getV()).containsExactly("VZÄ IB", "VZÄ IM", "VZÄ EK", "VZÄ SO");
        for (XSSFChart chart : charts) {
            XDDFBarChartData data = (XDDFBarChartData) chart.getChartSeries().get(0);
            assertThat(chart.getCTChart().getPlotArea().getBarChartArray(0).getVaryColors().getVal()).isFalse();
            for (int i = 0; i < data.getSeriesCount(); i++) {
                assertThat(data.getSeries(i).getShapeProperties().getFillProperties())
                        .isInstanceOf(org.apache.poi.xddf.usermodel.XDDFSolidFillProperties.class);
            }
        }
        for (var anchor : drawing.getCTDrawing().getTwoCellAnchorList()) {
            assertThat(anchor.getGraphicFrame().getNvGraphicFramePr().getCNvPr().getDescr()).contains("Säulendiagramm");
        }
        XDDFChartData.Series spr = coverage.getChartSeries().get(0).getSeries(0);
        assertThat(spr.getCategoryData().getPointCount()).isEqualTo(11);
        assertThat(spr.getValuesData().getDataRangeReference()).isEqualTo("Kernthemen!$C$43:$M$43");
        assertThat(((Number) spr.getValuesData().getPointAt(0)).doubleValue()).isEqualTo(0.5);
    }

    @Test
    void holdsNoPersonalDataAndNoFormulaAnywhere() throws IOException {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(cell.getAddress().toString()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
        // Every part of the file (cells, shared strings, charts, properties), not only what POI reads as cells.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String content = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                for (String personal : CommitteeFixture.PERSONAL_DATA) {
                    assertThat(content).as(entry.getName()).doesNotContain(personal);
                }
            }
        }
    }

    private static int seriesCount(XSSFChart chart) {
        return chart.getChartSeries().stream().mapToInt(XDDFChartData::getSeriesCount).sum();
    }

    private static String signs(Sheet sheet, String ags) {
        int row = rowOf(sheet, ags);
        StringBuilder signs = new StringBuilder();
        for (int c = 2; c < 13; c++) {
            signs.append(text(sheet, row, c));
        }
        return signs.toString();
    }

    private static void assertFigures(Sheet sheet, String label, double now, double before, double change) {
        int row = rowOfLabel(sheet, label);
        assertThat(number(sheet, row, 2)).as(label).isCloseTo(now, within(EPS));
        assertThat(number(sheet, row, 3)).as(label).isCloseTo(before, within(EPS));
        assertThat(number(sheet, row, 4)).as(label).isCloseTo(change, within(EPS));
    }

    private static void assertCoverage(Sheet sheet, String code, double share, int base, double points) {
        int row = rowOf(sheet, code);
        assertThat(number(sheet, row, 2)).as(code).isCloseTo(share, within(EPS));
        assertThat(number(sheet, row, 3)).as(code).isEqualTo(base);
        assertThat(number(sheet, row, 8)).as(code).isCloseTo(points, within(EPS));
    }

    private static void assertRow(Sheet sheet, int row, double population, double ib, double im, double ek,
            double so, double total, double vacant) {
        double[] expected = {population, ib, im, ek, so, total, vacant};
        for (int i = 0; i < expected.length; i++) {
            assertThat(number(sheet, row, 2 + i)).as("row %d column %d", row, 2 + i)
                    .isCloseTo(expected[i], within(EPS));
        }
    }

    private static void assertYears(Sheet sheet, String label, Object y2024, Object y2025) {
        int row = rowOf(sheet, label);
        assertYear(sheet, row, 1, y2024, label);
        assertYear(sheet, row, 2, y2025, label);
    }

    private static void assertYear(Sheet sheet, int row, int column, Object expected, String label) {
        if (expected instanceof Double number) {
            assertThat(number(sheet, row, column)).as(label).isCloseTo(number, within(EPS));
        } else {
            assertThat(value(sheet, row, column)).as(label).isEqualTo(expected);
        }
    }

    private static void assertReturn(Sheet sheet, String ags, String status, LocalDateTime received, int warnings) {
        int row = rowOf(sheet, ags);
        assertThat(text(sheet, row, 2)).as(ags).isEqualTo(status);
        assertThat(sheet.getRow(row).getCell(3).getLocalDateTimeCellValue()).as(ags).isEqualTo(received);
        assertThat(number(sheet, row, 4)).as(ags).isEqualTo(warnings);
    }
}
