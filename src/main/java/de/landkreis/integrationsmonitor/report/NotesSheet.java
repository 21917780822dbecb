package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sheet {@code Erläuterungen}: definitions and method in plain German, one row per term. One page wide on as many
 * pages as needed, the header row repeated.
 */
final class NotesSheet {

    static final String NAME = "Erläuterungen";
    private static final int TEXT_WIDTH = 110;

    private NotesSheet() {
    }

    static void write(ReportSheets s, YearFigures figures, MunicipalityRegister register, Instant dataAsOf,
            boolean sampleData) {
        ReportTexts t = s.texts();
        ReportTable table = ReportTable.create(s.workbook(), NAME, List.of(
                ReportColumn.wrappedText(t.get("report.column.term"), 26),
                ReportColumn.wrappedText(t.get("report.column.explanation"), TEXT_WIDTH)),
                s.styles(), s.print(), s.pageTitleOf(NAME), 0);
        String populationDate = register.all().stream().map(Municipality::populationDate).filter(Objects::nonNull)
                .max(LocalDate::compareTo).map(t::date).orElse(t.get("report.notes.unknownDate"));

        List<String[]> notes = new ArrayList<>();
        notes.add(note(t, "source", s.print().officeName()));
        if (sampleData) {
            notes.add(note(t, "sample"));
        }
        notes.add(note(t, "dataAsOf", t.dateTime(dataAsOf)));
        notes.add(note(t, "stichtag"));
        notes.add(note(t, "corrections"));
        notes.add(note(t, "status"));
        notes.add(note(t, "topics"));
        notes.add(note(t, "coverage"));
        notes.add(note(t, "share"));
        notes.add(note(t, "staff"));
        notes.add(note(t, "shared"));
        notes.add(note(t, "land"));
        notes.add(note(t, "fixedTerms"));
        notes.add(note(t, "headline"));
        notes.add(note(t, "longVacancy"));
        notes.add(note(t, "needForAction"));
        notes.add(note(t, "offers"));
        notes.add(note(t, "development"));
        notes.add(note(t, "population", populationDate, t.number(register.size()),
                t.number(register.totalPopulation()), t.number(figures.staffedPopulation())));
        notes.add(note(t, "signs"));
        notes.add(note(t, "rounding"));
        notes.add(note(t, "privacy"));
        for (String[] note : notes) {
            int row = table.nextRowIndex();
            table.addRow(note[0], note[1]);
            s.signsInSignFont(table.sheet().getRow(row).getCell(1));
        }
    }

    private static String[] note(ReportTexts t, String key, Object... arguments) {
        return new String[] {t.get("report.notes." + key + ".term"), t.get("report.notes." + key, arguments)};
    }
}
