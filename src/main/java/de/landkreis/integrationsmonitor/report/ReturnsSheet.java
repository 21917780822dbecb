package de.landkreis.integrationsmonitor.report;

import java.util.List;

/** Sheet {@code Rücklauf}: status, date received and warnings per municipality, and a total row. */
final class ReturnsSheet {

    static final String NAME = "Rücklauf";

    private ReturnsSheet() {
    }

    static void write(ReportSheets s, YearFigures figures) {
        ReportTexts t = s.texts();
        ReportTable table = ReportTable.create(s.workbook(), NAME, List.of(
                ReportColumn.text(t.get("report.column.ags"), 10),
                ReportColumn.text(t.get("report.column.municipality"), 24),
                ReportColumn.text(t.get("report.column.status"), 15),
                ReportColumn.dateTime(t.get("report.column.received"), 18),
                ReportColumn.wholeNumber(t.get("report.column.warnings"), 11)),
                s.styles(), s.print().onOnePage(), s.pageTitleOf(NAME), 2);
        int warnings = 0;
        for (MunicipalityFigures m : figures.municipalities()) {
            table.addRow(m.municipality().ags(), m.municipality().name(), m.status().label(),
                    m.receivedAt().<Object>map(t::local).orElse(ReportSheets.NOTHING), m.warnings());
            warnings += m.warnings();
        }
        table.addRow(null, new ReportCell(t.get("report.total.all"), CellStyles::totalLabel), null, null, warnings);
    }
}
