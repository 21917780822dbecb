package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.PositionFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * Sheet {@code Personal}: FTE by function per municipality (shared positions split by population), the vacant and
 * the long vacant part, {@code .} where the staffing is unknown, and one total row counting each position once.
 */
final class StaffSheet {

    static final String NAME = "Personal";

    private StaffSheet() {
    }

    static void write(ReportSheets s, YearFigures figures) {
        ReportTexts t = s.texts();
        List<ReportColumn> columns = new ArrayList<>(List.of(
                ReportColumn.text(t.get("report.column.ags"), 10),
                ReportColumn.text(t.get("report.column.municipality"), 24),
                ReportColumn.count(t.get("report.column.population"), 11)));
        for (PositionFunction function : Staffing.FUNCTIONS) {
            columns.add(ReportColumn.decimal(t.get("report.column.fte", function.name()), 9));
        }
        columns.add(ReportColumn.decimal(t.get("report.column.fteTotal"), 9));
        columns.add(ReportColumn.decimal(t.get("report.column.vacant"), 10));
        columns.add(ReportColumn.decimal(t.get("report.column.longVacant"), 12));
        columns.add(ReportColumn.decimal(t.get("report.column.perTenThousand"), 10));
        columns.add(ReportColumn.percent(t.get("report.column.landShare"), 16));
        ReportTable table = ReportTable.create(s.workbook(), NAME, columns, s.styles(), s.print().onOnePage(),
                s.pageTitleOf(NAME), 2);

        for (MunicipalityFigures m : figures.municipalities()) {
            List<Object> row = new ArrayList<>(List.of(m.municipality().ags(), m.municipality().name(),
                    m.municipality().population()));
            if (m.staffing().isPresent()) {
                Staffing staffing = m.staffing().get();
                row.addAll(figures(staffing));
                row.add(ReportSheets.orNotMeaningful(staffing.perTenThousand(m.municipality().population())));
                row.add(ReportSheets.orNotMeaningful(staffing.landShare()));
            } else {
                // Unknown staffing is never 0 (RETURNS.md §6).
                for (int i = 0; i < Staffing.FUNCTIONS.size() + 5; i++) {
                    row.add(ReportSheets.UNKNOWN);
                }
            }
            table.addRow(row.toArray());
        }
        List<Object> total = new ArrayList<>();
        total.add(null);
        total.add(new ReportCell(t.get("report.total.district"), CellStyles::totalLabel));
        total.add(figures.staffedPopulation());
        total.addAll(figures(figures.district()));
        total.add(ReportSheets.orNotMeaningful(figures.ftePerTenThousand()));
        total.add(ReportSheets.orNotMeaningful(figures.district().landShare()));
        table.addRow(total.toArray());
    }

    private static List<Object> figures(Staffing staffing) {
        List<Object> values = new ArrayList<>();
        Staffing.FUNCTIONS.forEach(function -> values.add(staffing.fte(function)));
        values.add(staffing.totalFte());
        values.add(staffing.vacantFte());
        values.add(staffing.longVacantFte());
        return values;
    }
}
