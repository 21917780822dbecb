package de.landkreis.integrationsmonitor.report;

import static de.landkreis.integrationsmonitor.report.WorkbookReading.number;
import static de.landkreis.integrationsmonitor.report.WorkbookReading.rowOf;
import static de.landkreis.integrationsmonitor.report.WorkbookReading.rowOfLabel;
import static de.landkreis.integrationsmonitor.report.WorkbookReading.text;
import static de.landkreis.integrationsmonitor.report.WorkbookReading.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.landkreis.integrationsmonitor.ImportTestSupport;
import de.landkreis.integrationsmonitor.TestInbox;
import de.landkreis.integrationsmonitor.job.ImportRunResult;
import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the committee decides on (RETURNS.md §6: fixed terms, long vacancies, need for action, offers), from returns
 * read as the municipalities send them (src/test/resources/report/securing) for 2024, 2025 and 2026, with the report
 * written for the middle year. Every expectation is computed by hand in the comments.
 *
 * <p>Wangen 2025 (Stichtag 31.12.2025): IM 1,0 until 31.12.2025 (on the Stichtag: bis 12, Land-IM); IM 0,5 until
 * 31.12.2026 (exactly +12: bis 12, Land-IM/Kommune half each); IB 0,8 until 01.01.2027 (the day after: 13 bis 24,
 * Kommune); EK 0,4 until 31.12.2027 (exactly +24: 13 bis 24, Sonstige); SO 0,3 until 01.01.2028 (später, Bund); IB 0,2
 * until 30.12.2025 (abgelaufen, Land-IB); EK 0,25 vacant since 29.06.2025 (long vacant, unbefristet, ohne Angabe); SO
 * 0,35 vacant since 30.06.2025 (not long, Kommune); IM 0,6 vacant without date (not long, Land-IM); IM 1,0 until
 * 30.06.2026 shared with Achberg and Amtzell (bis 12, Land-IM). Isny 2025 has its own Stichtag 31.08.2025: IM 1,0 until
 * 01.10.2025 (bis 12 from its Stichtag, although before 31.12.), EK 0,5 vacant since 27.02.2025 (before 31.08. − 6
 * months = 28.02.2025: long), EK 0,5 vacant since 28.02.2025 (not long), both Kommune.
 */
class SecuringStructuresReportTests extends ImportTestSupport {

    private static final Instant RECEIVED = Instant.parse("2026-02-01T08:00:00Z");
    private static final double EPS = 1e-9;
    private static final String WANGEN = "08436081";
    private static final String ISNY = "08436049";
    private static final String ACHBERG = "08436001";
    private static final String AMTZELL = "08436006";
    private static final String AULENDORF = "08436008";

    @Autowired
    MunicipalityRegister register;

    private XSSFWorkbook workbook;
    private double wangenShare;
    private double achbergShare;

    @BeforeEach
    void importThreeYearsAndReportTheMiddleOne() throws IOException {
        TestInbox.copyTree(Path.of("src/test/resources/report/securing"), inbox, RECEIVED);
        ImportRunResult result = importRun.run(inbox, reports, 2025);
        assertThat(result.completed()).isTrue();
        assertThat(result.summary().accepted()).isEqualTo(7);
        workbook = WorkbookReading.open(Path.of(result.report()));
        double served = population(WANGEN) + population(ACHBERG) + population(AMTZELL);
        wangenShare = population(WANGEN) / served;
        achbergShare = population(ACHBERG) / served;
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void fixedTermsPerMunicipalityAddUpToTheirFteAndCountEachPositionOnceInTheTotal() {
        Sheet sheet = workbook.getSheet("Befristungen");
        assertThat(headerRow(sheet, 0, 8)).containsExactly("AGS", "Gemeinde", "VZÄ gesamt", "abgelaufen",
                "bis 12 Monate", "13 bis 24 Monate", "später", "unbefristet");
        // abgelaufen 0,2; bis 12: 1,0 + 0,5 + its share of the shared 1,0; 13 bis 24: 0,8 + 0,4; später 0,3;
        // unbefristet 0,25 + 0,35 + 0,6.
        assertClasses(sheet, rowOf(sheet, WANGEN), 4.4 + wangenShare, 0.2, 1.5 + wangenShare, 1.2, 0.3, 1.2);
        // Measured from Isny's own Stichtag 31.08.2025: 01.10.2025 is within 12 months, not expired.
        assertClasses(sheet, rowOf(sheet, ISNY), 2.0, 0, 1.0, 0, 0, 1.0);
        // Achberg sent nothing: its staffing is known through the shared position, classed by Wangen's Stichtag.
        assertClasses(sheet, rowOf(sheet, ACHBERG), achbergShare, 0, achbergShare, 0, 0, 0);
        for (int c = 2; c <= 7; c++) {
            assertThat(value(sheet, rowOf(sheet, AULENDORF), c)).isEqualTo(".");
        }
        int total = rowOfLabel(sheet, "Landkreis insgesamt");
        assertThat(value(sheet, total, 0)).isNull();
        assertClasses(sheet, total, 7.4, 0.2, 3.5, 1.2, 0.3, 2.2);
        for (int row = 1; row <= total; row++) {
            if (value(sheet, row, 2) instanceof Double all) {
                double classes = 0;
                for (int c = 3; c <= 7; c++) {
                    classes += number(sheet, row, c);
                }
                assertThat(classes).as("row %d", row + 1).isCloseTo(all, within(EPS));
            }
        }
    }

    @Test
    void fixedTermsByFundingSplitSeveralSourcesEquallyAndByFunction() {
        Sheet sheet = workbook.getSheet("Befristungen");
        int header = rowOf(sheet, "Finanzierung");
        assertThat(value(sheet, header - 1, 0)).isNull();
        assertThat(headerRow(sheet, header, 7)).containsExactly("Finanzierung", "abgelaufen", "bis 12 Monate",
                "13 bis 24 Monate", "später", "unbefristet", "VZÄ gesamt");
        assertThat(firstColumn(sheet, header + 1, 7)).containsExactly("Land-IM", "Land-IB", "Kommune", "Bund",
                "Sonstige", "ohne Angabe", "insgesamt");
        // Land-IM: 1,0 + 0,25 + 1,0 + 1,0 (Isny) within 12 months, 0,6 unbefristet.
        assertBreakdown(sheet, header + 1, 0, 3.25, 0, 0, 0.6, 3.85);
        assertBreakdown(sheet, header + 2, 0.2, 0, 0, 0, 0, 0.2);
        // Kommune: half of the 0,5; 0,8; 0,35 and Isny's two vacancies.
        assertBreakdown(sheet, header + 3, 0, 0.25, 0.8, 0, 1.35, 2.4);
        assertBreakdown(sheet, header + 4, 0, 0, 0, 0.3, 0, 0.3);
        assertBreakdown(sheet, header + 5, 0, 0, 0.4, 0, 0, 0.4);
        assertBreakdown(sheet, header + 6, 0, 0, 0, 0, 0.25, 0.25);
        assertBreakdown(sheet, header + 7, 0.2, 3.5, 1.2, 0.3, 2.2, 7.4);

        int functions = rowOf(sheet, "Funktion");
        assertThat(functions).isEqualTo(header + 9);
        assertThat(firstColumn(sheet, functions + 1, 5)).containsExactly("IB", "IM", "EK", "SO", "insgesamt");
        assertBreakdown(sheet, functions + 1, 0.2, 0, 0.8, 0, 0, 1.0);
        assertBreakdown(sheet, functions + 2, 0, 3.5, 0, 0, 0.6, 4.1);
        assertBreakdown(sheet, functions + 3, 0, 0, 0.4, 0, 1.25, 1.65);
        assertBreakdown(sheet, functions + 4, 0, 0, 0, 0.3, 0.35, 0.65);
        assertBreakdown(sheet, functions + 5, 0.2, 3.5, 1.2, 0.3, 2.2, 7.4);
    }

    @Test
    void overviewAnswersHowSecureTheStructuresAreInOneSentenceAndThreeRows() {
        Sheet sheet = workbook.getSheet("Übersicht");
        // 0,2 + 3,5 + 1,2 = 4,9 of 7,4 FTE; Land: 1,0 + 0,25 + 0,2 + 1,0 + 1,0 = 3,45.
        assertThat(text(sheet, 4, 0)).isEqualTo("4,90 VZÄ (66,2 % aller VZÄ) sind bereits abgelaufen oder enden "
                + "innerhalb von 24 Monaten; davon 3,45 VZÄ aus Landesförderung.");
        assertThat(headerRow(sheet, rowOfLabel(sheet, "Personal (VZÄ) 2025"), 5))
                .containsExactly(null, "Personal (VZÄ) 2025", "2025", "Vorjahr 2024", "Veränderung");
        // 2024 (Stichtag 29.02.2024): IM 1,0 until 28.02.2025 (exactly +12 months) and IB 0,5 until 01.03.2025.
        assertOverview(sheet, "VZÄ, die innerhalb von 24 Monaten enden", 4.9, 1.5, 3.4);
        assertOverview(sheet, "Anteil an allen VZÄ", 4.9 / 7.4, 1.0, (4.9 / 7.4 - 1.0) * 100);
        assertOverview(sheet, "davon Landesförderung", 3.45, 1.0, 2.45);
        assertOverview(sheet, "unbesetzt > 6 Monate (VZÄ)", 0.75, 0, 0.75);
        assertOverview(sheet, "davon unbesetzt (VZÄ)", 2.2, 0, 2.2);
        assertThat(sheet.getRow(rowOfLabel(sheet, "Anteil an allen VZÄ")).getCell(2).getCellStyle()
                .getDataFormatString()).isEqualTo("0.0%");
    }

    @Test
    void overviewCoreTopicTableHasCoverageNeedForActionAndOffersWithBasesAndChanges() {
        Sheet sheet = workbook.getSheet("Übersicht");
        int header = rowOf(sheet, "Kernthema");
        assertThat(headerRow(sheet, header, 11)).containsExactly("Kernthema", "Bezeichnung", "Abdeckung",
                "Basis Abdeckung", "Handlungsbedarf", "Basis Handlungsbedarf", "Angebote", "Basis Angebote",
                "Veränderung Abdeckung (Prozentpunkte)", "Veränderung Handlungsbedarf (Prozentpunkte)",
                "Veränderung Angebote");
        assertThat(firstColumn(sheet, header + 1, 11)).containsExactly("SPR", "BIL", "ARB", "WOH", "GES", "EHR",
                "TEI", "PAR", "IKO", "ANT", "NET");
        int spr = rowOf(sheet, "SPR");
        assertThat(text(sheet, spr, 1)).isEqualTo("Sprache");
        // Wangen ja, Isny nein; 2024 Wangen ja. Offers 3 + 2; 2024: 2.
        assertTopic(sheet, "SPR", 0.5, 2, 5, 2, -50.0, 3);
        // Wangen "j", Isny ja.
        assertTopic(sheet, "BIL", 1.0, 2, 2, 2, 100.0, 1);
        // Wangen's offers empty: unknown, not 0.
        assertTopic(sheet, "ARB", 0.0, 2, 1, 1, 0.0, 0);
        // Wangen's Handlungsbedarf empty: only Isny's ja is known.
        assertTopic(sheet, "GES", 1.0, 1, 1, 2, 100.0, 0);
        // Wangen's row holds only Handlungsbedarf (not answered), Isny's is empty: no base, x.
        assertThat(value(sheet, rowOf(sheet, "EHR"), 4)).isEqualTo("x");
        assertThat(number(sheet, rowOf(sheet, "EHR"), 5)).isZero();
        assertThat(value(sheet, rowOf(sheet, "EHR"), 9)).isEqualTo("x");
        // "x" and "1" mean ja, "-" and "0" mean nein.
        assertTopic(sheet, "TEI", 0.5, 2, 4, 1, 50.0, 3);
        assertTopic(sheet, "PAR", 0.0, 1, 2, 2, 0.0, 1);
        assertTopic(sheet, "ANT", 0.5, 2, 1, 2, 50.0, 0);
    }

    @Test
    void needForActionSheetShowsEachAnswerAndTheTotals() {
        Sheet sheet = workbook.getSheet("Handlungsbedarf");
        assertThat(headerRow(sheet, 0, 4)).containsExactly("AGS", "Gemeinde", "SPR", "BIL");
        assertThat(cells(sheet, rowOf(sheet, WANGEN))).containsExactly("ja", "ja", "nein", "nein", ".", ".", "ja",
                "nein", "ja", "nein", "ja");
        assertThat(cells(sheet, rowOf(sheet, ISNY))).containsExactly("nein", "ja", "nein", "nein", "ja", ".", "nein",
                ".", "nein", "ja", "nein");
        assertThat(cells(sheet, rowOf(sheet, ACHBERG))).containsOnly(".");
        int count = rowOfLabel(sheet, "Anzahl");
        assertThat(count).isEqualTo(40);
        assertThat(value(sheet, count, 0)).isNull();
        assertThat(List.of(number(sheet, count, 2), number(sheet, count + 1, 2), number(sheet, count + 2, 2)))
                .containsExactly(1.0, 2.0, 0.5);
        assertThat(text(sheet, count + 1, 1)).isEqualTo("Basis");
        assertThat(text(sheet, count + 2, 1)).isEqualTo("Anteil");
        assertThat(number(sheet, count + 1, 7)).isZero();
        assertThat(value(sheet, count + 2, 7)).isEqualTo("x");
    }

    @Test
    void staffShowsTheLongVacancies() {
        Sheet sheet = workbook.getSheet("Personal");
        assertThat(text(sheet, 0, 9)).isEqualTo("unbesetzt > 6 Monate (VZÄ)");
        assertThat(number(sheet, rowOf(sheet, WANGEN), 8)).isCloseTo(1.2, within(EPS));
        assertThat(number(sheet, rowOf(sheet, WANGEN), 9)).isCloseTo(0.25, within(EPS));
        assertThat(number(sheet, rowOf(sheet, ISNY), 9)).isCloseTo(0.5, within(EPS));
        assertThat(number(sheet, rowOf(sheet, ACHBERG), 9)).isZero();
        assertThat(value(sheet, rowOf(sheet, AULENDORF), 9)).isEqualTo(".");
        assertThat(number(sheet, rowOfLabel(sheet, "Landkreis insgesamt"), 9)).isCloseTo(0.75, within(EPS));
    }

    @Test
    void developmentShowsTheYearsUpToTheReportsYearWithTheNewRowsAndTwoCharts() {
        Sheet sheet = workbook.getSheet("Entwicklung");
        assertThat(headerRow(sheet, 0, 4)).containsExactly("Kennzahl", "2024", "2025", null);
        assertYears(sheet, "VZÄ, die innerhalb von 24 Monaten enden", 1.5, 4.9);
        assertYears(sheet, "Anteil an allen VZÄ", 1.0, 4.9 / 7.4);
        assertYears(sheet, "unbesetzt > 6 Monate (VZÄ)", 0.0, 0.75);
        assertYears(sheet, "SPR: Anteil Handlungsbedarf", 1.0, 0.5);
        assertYears(sheet, "SPR: Basis Handlungsbedarf", 1.0, 2.0);
        assertYears(sheet, "SPR: Angebote", 2.0, 5.0);
        assertYears(sheet, "SPR: Basis Angebote", 1.0, 2.0);
        assertThat(value(sheet, rowOf(sheet, "EHR: Anteil Handlungsbedarf"), 2)).isEqualTo("x");
        assertThat(sheet.getRow(rowOf(sheet, "SPR: Angebote")).getCell(0).getCellStyle().getWrapText()).isTrue();

        List<XSSFChart> charts = workbook.getSheet("Entwicklung").createDrawingPatriarch().getCharts();
        assertThat(charts).extracting(c -> c.getTitleText().getString()).containsExactly(
                "VZÄ nach Funktion je Berichtsjahr", "Abdeckung der Kernthemen in den Berichtsjahren 2024, 2025");
        var coverage = charts.get(1).getCTChart().getPlotArea().getBarChartArray(0);
        assertThat(coverage.getSerList()).extracting(s -> s.getTx().getV())
                .containsExactly("Anteil abgedeckt 2024", "Anteil abgedeckt 2025");
        assertThat(coverage.getSerArray(1).getVal().getNumRef().getF()).isEqualTo("Entwicklung!$C$"
                + (rowOf(sheet, "Sprache (SPR): Anteil abgedeckt") + 1) + ":$C$"
                + (rowOf(sheet, "Vernetzung und Koordination (NET): Anteil abgedeckt") + 1));
    }

    @Test
    void overviewChartOfFixedTermsStacksTheFundingGroupsFromTheBefristungenSheet() {
        List<XSSFChart> charts = workbook.getSheet("Übersicht").createDrawingPatriarch().getCharts();
        XSSFChart fixedTerms = charts.get(1);
        assertThat(fixedTerms.getTitleText().getString()).isEqualTo("VZÄ nach Befristung und Finanzierung 2025");
        var bars = fixedTerms.getCTChart().getPlotArea().getBarChartArray(0);
        assertThat(bars.getGrouping().getVal().toString()).isEqualTo("stacked");
        assertThat(bars.getSerList()).extracting(s -> s.getTx().getV()).containsExactly("Land-IM", "Land-IB",
                "Kommune", "Bund", "Sonstige", "ohne Angabe");
        int header = rowOf(workbook.getSheet("Befristungen"), "Finanzierung") + 1;
        assertThat(bars.getSerArray(0).getVal().getNumRef().getF())
                .isEqualTo("Befristungen!$B$" + (header + 1) + ":$F$" + (header + 1));
        assertThat(bars.xmlText()).contains("overlap val=\"100\"");
    }

    private double population(String ags) {
        return register.byAgs(ags).map(Municipality::population).orElseThrow();
    }

    private static List<Object> headerRow(Sheet sheet, int row, int columns) {
        List<Object> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            cells.add(value(sheet, row, c));
        }
        return cells;
    }

    private static List<Object> firstColumn(Sheet sheet, int fromRow, int rows) {
        List<Object> cells = new ArrayList<>();
        for (int r = fromRow; r < fromRow + rows; r++) {
            cells.add(value(sheet, r, 0));
        }
        return cells;
    }

    private static List<Object> cells(Sheet sheet, int row) {
        List<Object> cells = new ArrayList<>();
        Row r = sheet.getRow(row);
        for (int c = 2; c < r.getLastCellNum(); c++) {
            cells.add(value(sheet, row, c));
        }
        return cells;
    }

    private static void assertClasses(Sheet sheet, int row, double all, double... classes) {
        assertThat(number(sheet, row, 2)).as("row %d VZÄ gesamt", row + 1).isCloseTo(all, within(EPS));
        for (int i = 0; i < classes.length; i++) {
            assertThat(number(sheet, row, 3 + i)).as("row %d class %d", row + 1, i).isCloseTo(classes[i], within(EPS));
        }
    }

    private static void assertBreakdown(Sheet sheet, int row, double... values) {
        for (int i = 0; i < values.length; i++) {
            assertThat(number(sheet, row, 1 + i)).as("%s column %d", value(sheet, row, 0), i + 1)
                    .isCloseTo(values[i], within(EPS));
        }
    }

    private static void assertOverview(Sheet sheet, String label, double now, double before, double change) {
        int row = rowOfLabel(sheet, label);
        assertThat(number(sheet, row, 2)).as(label).isCloseTo(now, within(EPS));
        assertThat(number(sheet, row, 3)).as(label).isCloseTo(before, within(EPS));
        assertThat(number(sheet, row, 4)).as(label).isCloseTo(change, within(EPS));
    }

    private static void assertTopic(Sheet sheet, String code, double need, int needBase, int offers, int offersBase,
            double needChange, int offersChange) {
        int row = rowOf(sheet, code);
        assertThat(number(sheet, row, 4)).as(code).isCloseTo(need, within(EPS));
        assertThat(number(sheet, row, 5)).as(code).isEqualTo(needBase);
        assertThat(number(sheet, row, 6)).as(code).isEqualTo(offers);
        assertThat(number(sheet, row, 7)).as(code).isEqualTo(offersBase);
        assertThat(number(sheet, row, 9)).as(code).isCloseTo(needChange, within(EPS));
        assertThat(number(sheet, row, 10)).as(code).isEqualTo(offersChange);
    }

    private static void assertYears(Sheet sheet, String label, double y2024, double y2025) {
        int row = rowOf(sheet, label);
        assertThat(number(sheet, row, 1)).as(label + " 2024").isCloseTo(y2024, within(EPS));
        assertThat(number(sheet, row, 2)).as(label + " 2025").isCloseTo(y2025, within(EPS));
    }
}
