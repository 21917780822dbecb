package de.landkreis.integrationsmonitor.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One municipality's return for one year as the generators build it, before it is laid out as a workbook or as CSV
 * files. Values are written as given: {@code String} as text, {@code Double}/{@code Integer} as numbers,
 * {@code LocalDate} as a date. {@link Mark}s say which finding a cell is expected to produce; the writers turn them
 * into {@link SampleInputManifest.ExpectedFinding}s with the row and column a person sees.
 */
final class SampleReturn {

    static final List<String> STRUCTURE_COLUMNS =
            List.of("Kernthema", "Ansprechperson", "Netzwerk", "Angebote", "Handlungsbedarf", "Bemerkung");
    static final List<String> PERSONAL_COLUMNS = List.of("Funktion", "VZÄ", "Besetzt", "Unbesetzt seit",
            "Befristet bis", "Anstellungsträger", "Finanzierung", "Versorgte Gemeinden", "Bemerkung");

    static final int VZAE = 1;
    static final int UNBESETZT_SEIT = 3;
    static final int BEFRISTET_BIS = 4;
    static final int HANDLUNGSBEDARF = 4;
    static final int ANGEBOTE = 3;

    /** The two sections of RETURNS.md §1. */
    enum Section {
        STRUKTUREN("Strukturen", STRUCTURE_COLUMNS), PERSONAL("Personal", PERSONAL_COLUMNS);

        final String label;
        final List<String> columns;

        Section(String label, List<String> columns) {
            this.label = label;
            this.columns = columns;
        }
    }

    /** An expected finding at a cell of a row ({@code column} indexes the section's columns). */
    record Mark(String code, String severity, int column, String value, String note) {
    }

    /** A data row of a section with the findings expected from it. */
    record Row(Object[] cells, List<Mark> marks) {

        Row(Object... cells) {
            this(cells, new ArrayList<>());
        }

        Row mark(String code, String severity, int column, String value, String note) {
            marks.add(new Mark(code, severity, column, value, note));
            return this;
        }
    }

    final String ags;
    final String name;
    final int year;
    String agsText;
    String gemeindeText;
    /** {@code LocalDate}, text, or null when the return leaves the Stichtag out (default 31.12.). */
    Object stichtag;
    String contactName;
    String email;
    String phone;
    LocalDate filledOn;
    final List<Row> strukturen = new ArrayList<>();
    final List<Row> personal = new ArrayList<>();
    /** Findings at the header row of a section (S03, K05), pointing at its first column. */
    final List<Mark> strukturenHeaderMarks = new ArrayList<>();
    final List<Mark> personalHeaderMarks = new ArrayList<>();
    /** Findings at the Gemeinde value (K02). */
    final List<Mark> gemeindeMarks = new ArrayList<>();

    SampleReturn(String ags, String name, int year) {
        this.ags = ags;
        this.name = name;
        this.year = year;
        this.agsText = ags;
        this.gemeindeText = name;
        this.stichtag = LocalDate.of(year, 12, 31);
    }

    List<Row> rows(Section section) {
        return section == Section.STRUKTUREN ? strukturen : personal;
    }

    List<Mark> headerMarks(Section section) {
        return section == Section.STRUKTUREN ? strukturenHeaderMarks : personalHeaderMarks;
    }
}
