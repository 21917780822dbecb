package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.PositionFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Sheet {@code Befristungen} (RETURNS.md §6 "Fixed terms"): per municipality its FTE by fixed-term class (shared
 * positions split by population) and a total row counting each position once; below it the district's FTE by funding
 * source and by function, each class in a column. The classes of a row add up to its {@code VZÄ gesamt}. May print
 * on more than one page, the header row repeated.
 */
final class FixedTermSheet {

    static final String NAME = "Befristungen";
    /** The 0-based column of the first fixed-term class in the funding table, which the overview chart reads. */
    static final int FIRST_CLASS_COLUMN_BY_FUNDING = 1;
    private static final List<FixedTermClass> CLASSES = List.of(FixedTermClass.values());

    private FixedTermSheet() {
    }

    /** Writes the sheet and returns the 0-based row of the funding table's header, which the overview chart reads. */
    static int write(ReportSheets s, YearFigures figures) {
        ReportTexts t = s.texts();
        List<ReportColumn> columns = new ArrayList<>(List.of(
                ReportColumn.text(t.get("report.column.ags"), 12),
                ReportColumn.text(t.get("report.column.municipality"), 24),
                ReportColumn.decimal(t.get("report.column.fteTotal"), 11)));
        CLASSES.forEach(c -> columns.add(ReportColumn.decimal(t.get("report.fixedTerm." + c.name()), 11)));
        ReportTable municipalities = ReportTable.create(s.workbook(), NAME, columns, s.styles(), s.print(),
                s.pageTitleOf(NAME), 2);
        for (MunicipalityFigures m : figures.municipalities()) {
            List<Object> row = new ArrayList<>(List.of(m.municipality().ags(), m.municipality().name()));
            if (m.staffing().isPresent()) {
                row.add(m.staffing().get().totalFte());
                CLASSES.forEach(c -> row.add(m.staffing().get().fixedTerms().fte(c)));
            } else {
                // Unknown staffing is never 0 (RETURNS.md §6).
                for (int i = 0; i <= CLASSES.size(); i++) {
                    row.add(ReportSheets.UNKNOWN);
                }
            }
            municipalities.addRow(row.toArray());
        }
        Staffing district = figures.district();
        List<Object> total = new ArrayList<>();
        total.add(null);
        total.add(new ReportCell(t.get("report.total.district"), CellStyles::totalLabel));
        total.add(district.totalFte());
        CLASSES.forEach(c -> total.add(district.fixedTerms().fte(c)));
        municipalities.addRow(total.toArray());

        int fundingHeader = municipalities.nextRowIndex() + 1;
        ReportTable byFunding = breakdown(s, fundingHeader, t.get("report.column.funding"));
        for (FundingGroup funding : FundingGroup.values()) {
            addRow(byFunding, t.get("report.funding." + funding.name()), c -> district.fixedTerms().fte(funding, c));
        }
        addTotal(s, byFunding, district);

        ReportTable byFunction = breakdown(s, byFunding.nextRowIndex() + 1, t.get("report.column.function"));
        for (PositionFunction function : Staffing.FUNCTIONS) {
            addRow(byFunction, function.name(), c -> district.fixedTerms().fte(function, c));
        }
        addTotal(s, byFunction, district);
        return fundingHeader;
    }

    /** A table of the district's FTE: its first column named {@code first}, then the classes and VZÄ gesamt. */
    private static ReportTable breakdown(ReportSheets s, int headerRow, String first) {
        ReportTexts t = s.texts();
        List<ReportColumn> columns = new ArrayList<>(List.of(ReportColumn.text(first, 0)));
        CLASSES.forEach(c -> columns.add(ReportColumn.decimal(t.get("report.fixedTerm." + c.name()), 0)));
        columns.add(ReportColumn.decimal(t.get("report.column.fteTotal"), 0));
        return ReportTable.startAt(s.workbook().getSheet(NAME), headerRow, columns, s.styles());
    }

    private static void addRow(ReportTable table, String label, Function<FixedTermClass, Double> fte) {
        List<Object> row = new ArrayList<>();
        row.add(label);
        double sum = 0;
        for (FixedTermClass c : CLASSES) {
            row.add(fte.apply(c));
            sum += fte.apply(c);
        }
        row.add(sum);
        table.addRow(row.toArray());
    }

    private static void addTotal(ReportSheets s, ReportTable table, Staffing district) {
        List<Object> row = new ArrayList<>();
        row.add(new ReportCell(s.texts().get("report.total.insgesamt"), CellStyles::totalLabel));
        CLASSES.forEach(c -> row.add(district.fixedTerms().fte(c)));
        row.add(district.totalFte());
        table.addRow(row.toArray());
    }
}
