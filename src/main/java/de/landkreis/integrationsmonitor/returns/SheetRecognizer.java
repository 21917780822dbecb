package de.landkreis.integrationsmonitor.returns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Receives the rows of one sheet or CSV file in order and keeps only what a return consists of: the section
 * table below a recognised header row and, in workbooks, the Angaben labels of column A. Memory stays bounded by
 * the row limit, whatever the sheet holds.
 */
final class SheetRecognizer {

    /** The header row must be among the first rows (RETURNS.md §3, rule D03). */
    static final int HEADER_SEARCH_ROWS = 20;

    private static final int LABEL_COLUMN = 0;
    private static final int VALUE_COLUMN = 1;

    private final HeaderSynonyms synonyms;
    private final Location sheet;
    private final int maxRows;
    private final boolean angabenAllowed;
    private final List<DataRow> rows = new ArrayList<>();
    private final Map<Field, AngabenSheet.Entry> angaben = new EnumMap<>(Field.class);
    private HeaderSynonyms.SectionHeader header;
    private int headerRow;

    /**
     * @param sheet          file and sheet (null for CSV) the locations of this sheet name
     * @param angabenAllowed whether column A may hold Angaben labels (workbooks only)
     */
    SheetRecognizer(HeaderSynonyms synonyms, Location sheet, int maxRows, boolean angabenAllowed) {
        this.synonyms = synonyms;
        this.sheet = sheet;
        this.maxRows = maxRows;
        this.angabenAllowed = angabenAllowed;
    }

    /**
     * @param rowNumber 1-based, as Excel shows it
     * @param row       the cells of the row by 0-based column; blank cells are ignored. Only the header search
     *                  looks at every cell, so a row of thousands of cells costs little below the header.
     */
    void row(int rowNumber, Map<Integer, CellValue> row) {
        if (row.values().stream().allMatch(CellValue::isBlank)) {
            return;
        }
        if (rowNumber > maxRows) {
            throw new UnreadableFileException(ReadFailure.TOO_MANY_ROWS, sheet.sheet() == null
                    ? ReadDetail.of("read.detail.tooManyRows.file", maxRows)
                    : ReadDetail.of("read.detail.tooManyRows.sheet", maxRows, sheet.sheet()));
        }
        if (header != null) {
            dataRow(rowNumber, row);
            return;
        }
        if (rowNumber <= HEADER_SEARCH_ROWS) {
            Map<Integer, CellValue> cells = new TreeMap<>();
            row.forEach((column, value) -> {
                if (!value.isBlank()) {
                    cells.put(column, value);
                }
            });
            Optional<HeaderSynonyms.SectionHeader> found = synonyms.header(cells);
            if (found.isPresent()) {
                header = found.get();
                headerRow = rowNumber;
                return;
            }
        }
        if (angabenAllowed) {
            angabenLabel(rowNumber, row);
        }
    }

    private void dataRow(int rowNumber, Map<Integer, CellValue> row) {
        Map<Field, CellValue> values = new EnumMap<>(Field.class);
        header.fields().forEach((column, field) -> {
            CellValue value = row.get(column);
            if (value != null && !value.isBlank()) {
                values.put(field, value);
            }
        });
        if (!values.isEmpty()) {
            rows.add(new DataRow(rowNumber, Collections.unmodifiableMap(values)));
        }
    }

    private void angabenLabel(int rowNumber, Map<Integer, CellValue> row) {
        CellValue label = row.get(LABEL_COLUMN);
        if (label == null || label.isBlank()) {
            return;
        }
        CellValue value = row.get(VALUE_COLUMN);
        synonyms.field(label.text())
                .filter(HeaderSynonyms.ANGABEN_FIELDS::contains)
                .ifPresent(field -> angaben.putIfAbsent(field,
                        new AngabenSheet.Entry(rowNumber, value == null || value.isBlank() ? null : value)));
    }

    Optional<SectionTable> table() {
        if (header == null) {
            return Optional.empty();
        }
        return Optional.of(new SectionTable(sheet.at(headerRow, null), header.section(),
                Collections.unmodifiableMap(header.columnLetters()), List.copyOf(rows)));
    }

    /** A sheet is an Angaben sheet when column A holds at least two known labels (one could be chance). */
    Optional<AngabenSheet> angaben() {
        if (angaben.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new AngabenSheet(sheet, Collections.unmodifiableMap(new EnumMap<>(angaben))));
    }

    /** What the sheets of a workbook gave, in sheet order. */
    static ReadResult.Content workbookContent(FileFormat format, boolean macros, List<SheetRecognizer> sheets) {
        return new ReadResult.Content(format, macros,
                sheets.stream().flatMap(s -> s.angaben().stream()).toList(),
                sheets.stream().flatMap(s -> s.table().stream()).toList());
    }
}
