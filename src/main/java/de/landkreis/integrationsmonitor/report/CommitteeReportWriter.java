package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.District;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the committee report {@code <reports>/<year>/Integrationsbericht_<year>.xlsx} for the district council's
 * social committee: sheets Übersicht, Kernthemen, Handlungsbedarf, Personal, Befristungen, Entwicklung, Rücklauf and
 * Erläuterungen, in that order (REPORT.md). The report is public: it reads only current versions through
 * {@link DistrictFigures} and never the contact data. Every text is a plain string cell, no cell holds a formula.
 */
@Component
public class CommitteeReportWriter {

    /** The sheet names in order; other tools find the sheets by these names. */
    public static final List<String> SHEETS = List.of(OverviewSheet.NAME, CoreTopicSheet.NAME,
            NeedForActionSheet.NAME, StaffSheet.NAME, FixedTermSheet.NAME, DevelopmentSheet.NAME, ReturnsSheet.NAME,
            NotesSheet.NAME);

    /** How many rows tall a chart beside the development table is: two fit on its first printed page. */
    private static final int CHART_ROWS = 14;

    private final DistrictFigures figures;
    private final MunicipalityRegister register;
    private final District district;
    private final ReportTexts texts;
    private final PrintLayout layout;
    private final boolean sampleData;

    CommitteeReportWriter(DistrictFigures figures, MunicipalityRegister register, District district,
            MessageSource messages, Clock clock, ReportProperties properties) {
        this.figures = figures;
        this.register = register;
        this.district = district;
        this.texts = new ReportTexts(messages, clock.getZone());
        this.layout = PrintLayout.forReport(district.officeName(), messages);
        this.sampleData = properties.sampleData();
    }

    /** Where the report of a year is written: {@code <reports>/<year>/Integrationsbericht_<year>.xlsx}. */
    public static Path reportFile(Path reportsDir, int year) {
        return reportsDir.resolve(String.valueOf(year)).resolve("Integrationsbericht_" + year + ".xlsx");
    }

    /**
     * Writes the report of one year from the figures computed once for the year's papers, replacing an earlier one.
     *
     * @param reportsDir the reports directory; {@code <year>} below it is created when missing
     * @param dataAsOf   when the run whose data the report shows started (the Datenstand)
     * @return the written file
     */
    public Path write(Path reportsDir, ReportYear year, Instant dataAsOf) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook, year.current(), year.previous(), year.development(), dataAsOf);
            return WorkbookFiles.save(workbook, reportFile(reportsDir, year.year()));
        }
    }

    private void fill(XSSFWorkbook workbook, YearFigures current, Optional<YearFigures> previous,
            List<YearFigures> history, Instant dataAsOf) {
        String year = String.valueOf(current.year());
        PrintLayout print = layout.withFooterRight(texts.get("report.dataAsOf", texts.dateTime(dataAsOf)));
        ReportSheets sheets = new ReportSheets(workbook, CellStyles.forPrintedTables(workbook), print, texts,
                texts.get("report.page.report", year));

        int overviewEnd = OverviewSheet.write(sheets, current, previous, district.name(), dataAsOf);
        int shareRow = CoreTopicSheet.write(sheets, current);
        NeedForActionSheet.write(sheets, current);
        StaffSheet.write(sheets, current);
        int fundingRow = FixedTermSheet.write(sheets, current);
        DevelopmentSheet.Rows development = DevelopmentSheet.write(sheets, history, figures.topics().all());
        ReturnsSheet.write(sheets, current);
        NotesSheet.write(sheets, current, register, dataAsOf, sampleData);

        // Beside the overview's tables, one above the other, each about a third of their height, a row apart.
        XSSFSheet overview = workbook.getSheet(OverviewSheet.NAME);
        int column = OverviewSheet.CHART_COLUMN;
        int top = OverviewSheet.FIRST_TABLE_ROW;
        int third = (overviewEnd + 1 - top) / 3;
        ReportCharts.coverage(sheets, overview, new ReportCharts.Anchor(column, top, column + 1, top + third - 1),
                current, shareRow);
        ReportCharts.fixedTermsByFunding(sheets, overview, new ReportCharts.Anchor(column, top + third, column + 1,
                top + 2 * third - 1), current, fundingRow);
        ReportCharts.fteByYear(sheets, overview, new ReportCharts.Anchor(column, top + 2 * third, column + 1,
                overviewEnd + 1), history);
        XSSFSheet sheet = workbook.getSheet(DevelopmentSheet.NAME);
        int chart = development.chartColumn();
        ReportCharts.fteByYear(sheets, sheet, new ReportCharts.Anchor(chart, 1, chart + 1, 1 + CHART_ROWS), history);
        ReportCharts.coverageByYear(sheets, sheet, new ReportCharts.Anchor(chart, 2 + CHART_ROWS, chart + 1,
                2 + 2 * CHART_ROWS), current, history, development);
        workbook.setActiveSheet(0);

        POIXMLProperties.CoreProperties properties = workbook.getProperties().getCoreProperties();
        properties.setTitle(texts.get("report.workbook.title", district.name(), year));
        properties.setCreator(district.officeName());
        properties.setSubjectProperty(texts.get("report.workbook.subject", year));
        properties.setKeywords(texts.get("report.workbook.keywords"));
    }
}
