package de.landkreis.integrationsmonitor.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for {@code content.xml} of an OpenDocument spreadsheet: every {@code table:table} is a sheet whose rows
 * with their typed cells go to a {@link SheetRecognizer}, so memory does not grow with the sheet. Repetitions
 * ({@code table:number-rows-repeated}, {@code table:number-columns-repeated}) are expanded where they hold a value,
 * so rows and column letters are those LibreOffice shows; empty repetitions (LibreOffice writes the million empty
 * rows below the data as one element) only move the position. The expansion is bounded: a cell never beyond the
 * last column a spreadsheet has, repeated rows no further than the row limit the recognizer enforces. Formulas are
 * never evaluated; their stored value is read.
 */
final class OdsContentHandler extends DefaultHandler {

    /** Column XFD, the last one LibreOffice and Excel have. */
    static final int MAX_COLUMNS = 16_384;
    /** Text beyond Excel's 32,767 characters is rule Z01 whatever its length; more is not kept. */
    static final int MAX_CELL_TEXT = 32_768;

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String CALC_EXTENSION = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

    private final Function<String, SheetRecognizer> sheetNamed;
    private final ExcelCellValues values = new ExcelCellValues(false);
    private final List<SheetRecognizer> sheets = new ArrayList<>();
    private final Map<Integer, CellValue> cells = new TreeMap<>();
    private final StringBuilder text = new StringBuilder();

    private int depth;
    private int tableDepth;
    private SheetRecognizer sheet;
    private long rowNumber;
    private long rowRepeat;
    private long column;
    private int cellDepth;
    private Attributes cell;
    private long columnRepeat;
    private int paragraphDepth;
    private int paragraphs;
    private int foreignDepth;

    /** @param sheetNamed the recognizer for a sheet of the given name */
    OdsContentHandler(Function<String, SheetRecognizer> sheetNamed) {
        this.sheetNamed = sheetNamed;
    }

    List<SheetRecognizer> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        depth++;
        if (paragraphDepth > 0) {
            paragraphContent(uri, localName, attributes);
        } else if (TABLE.equals(uri)) {
            tableElement(localName, attributes);
        } else if (cell != null && depth == cellDepth + 1 && TEXT.equals(uri) && isParagraph(localName)) {
            // Only the cell's own paragraphs: annotations and shapes anchored in the cell hold paragraphs too.
            paragraphDepth = depth;
            if (paragraphs++ > 0) {
                append("\n");
            }
        }
    }

    private void tableElement(String localName, Attributes attributes) {
        switch (localName) {
            case "table" -> {
                if (++tableDepth == 1) {
                    sheet = sheetNamed.apply(attributes.getValue(TABLE, "name"));
                    rowNumber = 0;
                }
            }
            case "table-row" -> {
                if (tableDepth == 1) {
                    rowRepeat = repeat(attributes.getValue(TABLE, "number-rows-repeated"));
                    column = 0;
                    cells.clear();
                }
            }
            case "table-cell", "covered-table-cell" -> {
                if (tableDepth == 1 && cell == null) {
                    cell = new AttributesImpl(attributes);
                    cellDepth = depth;
                    columnRepeat = repeat(attributes.getValue(TABLE, "number-columns-repeated"));
                    text.setLength(0);
                    paragraphs = 0;
                }
            }
            default -> {
                // columns, row groups, named ranges: nothing that holds a value
            }
        }
    }

    private void paragraphContent(String uri, String localName, Attributes attributes) {
        if (!TEXT.equals(uri)) {
            foreignDepth++;
        } else if (foreignDepth == 0) {
            switch (localName) {
                case "s" -> append(" ".repeat((int) Math.min(repeat(attributes.getValue(TEXT, "c")),
                        MAX_CELL_TEXT - text.length())));
                case "tab" -> append("\t");
                case "line-break" -> append("\n");
                default -> {
                    // spans, links and fields carry their text as characters
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (paragraphDepth > 0 && foreignDepth == 0) {
            append(new String(ch, start, length));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (paragraphDepth > 0) {
            if (depth == paragraphDepth) {
                paragraphDepth = 0;
            } else if (!TEXT.equals(uri)) {
                foreignDepth--;
            }
        } else if (TABLE.equals(uri)) {
            endTableElement(localName);
        }
        depth--;
    }

    private void endTableElement(String localName) {
        switch (localName) {
            case "table-cell", "covered-table-cell" -> {
                if (cell != null && depth == cellDepth) {
                    endCell();
                }
            }
            case "table-row" -> {
                if (tableDepth == 1) {
                    endRow();
                }
            }
            case "table" -> {
                if (tableDepth-- == 1) {
                    sheets.add(sheet);
                }
            }
            default -> {
                // nothing to finish
            }
        }
    }

    private void endCell() {
        CellValue value = value(cell, text.toString());
        if (value != null && !value.isBlank()) {
            for (long c = column; c < Math.min(column + columnRepeat, MAX_COLUMNS); c++) {
                cells.put((int) c, value);
            }
        }
        column += columnRepeat;
        cell = null;
    }

    private void endRow() {
        if (!cells.isEmpty()) {
            // The recognizer ends a repetition beyond the row limit at its first row there.
            for (long i = 1; i <= rowRepeat; i++) {
                sheet.row((int) Math.min(rowNumber + i, Integer.MAX_VALUE), cells);
            }
        }
        rowNumber += rowRepeat;
    }

    /** The typed value of a cell as its attributes store it; {@code shown} is the text LibreOffice displays. */
    private CellValue value(Attributes attributes, String shown) {
        if ("error".equals(attributes.getValue(CALC_EXTENSION, "value-type"))) {
            return CellValue.text(shown);
        }
        String type = attributes.getValue(OFFICE, "value-type");
        if (type == null) {
            return ExcelCellValues.text(shown);
        }
        return switch (type) {
            case "float", "percentage", "currency" -> number(attributes.getValue(OFFICE, "value"), shown);
            case "date" -> {
                String date = attributes.getValue(OFFICE, "date-value");
                yield date == null ? ExcelCellValues.text(shown) : ExcelCellValues.isoDate(date.strip());
            }
            // a time of day alone is no date (RETURNS.md §2: P05 in a date column)
            case "time" -> CellValue.text(shown.isEmpty() ? attributes.getValue(OFFICE, "time-value") : shown);
            case "boolean" -> ExcelCellValues.bool("true".equals(attributes.getValue(OFFICE, "boolean-value")));
            default -> {
                String stored = attributes.getValue(OFFICE, "string-value");
                yield ExcelCellValues.text(stored != null ? stored : shown);
            }
        };
    }

    /** A number as stored, shown as LibreOffice showed it (German LibreOffice: {@code 0,5}); else as German Excel. */
    private CellValue number(String stored, String shown) {
        if (stored == null) {
            return ExcelCellValues.text(shown);
        }
        double number;
        try {
            number = Double.parseDouble(stored);
        } catch (NumberFormatException e) {
            return ExcelCellValues.text(shown);
        }
        return new CellValue(shown.isEmpty() ? values.numeric(number, 0, "General").text() : shown, number, null);
    }

    private void append(String s) {
        text.append(s, 0, Math.min(s.length(), Math.max(0, MAX_CELL_TEXT - text.length())));
    }

    private static boolean isParagraph(String localName) {
        return "p".equals(localName) || "h".equals(localName);
    }

    /** A repetition count; at least one, as a missing or broken attribute means one. */
    private static long repeat(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
