package de.landkreis.integrationsmonitor.returns;

import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part: hands each {@code <row>} with its typed cells to a {@link SheetRecognizer},
 * so memory does not grow with the sheet. Formulas are never evaluated; their cached value is read.
 */
final class XlsxSheetHandler extends DefaultHandler {

    private final SharedStrings sharedStrings;
    private final CellFormats formats;
    private final ExcelCellValues values;
    private final SheetRecognizer recognizer;

    private final Map<Integer, CellValue> cells = new TreeMap<>();
    private final StringBuilder content = new StringBuilder();
    private int rowNumber;
    private int column;
    private String cellType;
    private int styleIndex;
    private boolean capturing;
    private boolean inInlineString;
    private int phoneticDepth;

    XlsxSheetHandler(SharedStrings sharedStrings, CellFormats formats, ExcelCellValues values,
                     SheetRecognizer recognizer) {
        this.sharedStrings = sharedStrings;
        this.formats = formats;
        this.values = values;
        this.recognizer = recognizer;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                // Rows without "r" follow the previous one (the attribute is optional in OOXML).
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                column = -1;
                cells.clear();
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? column + 1 : new CellReference(r).getCol();
                cellType = attributes.getValue("t");
                String s = attributes.getValue("s");
                styleIndex = s == null ? 0 : Integer.parseInt(s);
                content.setLength(0);
            }
            case "v" -> capturing = true;
            case "is" -> inInlineString = true;
            // Phonetic runs (Japanese furigana) are not part of the visible text.
            case "rPh" -> phoneticDepth++;
            case "t" -> capturing = inInlineString && phoneticDepth == 0;
            default -> {
                // sheetData, f (formula text: never evaluated) and layout elements carry nothing we read
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capturing) {
            content.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> capturing = false;
            case "is" -> inInlineString = false;
            case "rPh" -> phoneticDepth--;
            case "c" -> cell();
            case "row" -> recognizer.row(rowNumber, cells);
            default -> {
                // nothing to finish
            }
        }
    }

    private void cell() {
        if (content.isEmpty()) {
            return;
        }
        String raw = content.toString();
        CellValue value = switch (cellType == null ? "n" : cellType) {
            case "s" -> ExcelCellValues.text(sharedStrings.getItemAt(Integer.parseInt(raw.strip())).getString());
            case "inlineStr", "str" -> ExcelCellValues.text(raw);
            case "b" -> ExcelCellValues.bool("1".equals(raw.strip()) || "true".equals(raw.strip()));
            case "e" -> CellValue.text(raw);
            // ISO 8601 date cells, as Strict Open XML and other programs than Excel write them
            case "d" -> ExcelCellValues.isoDate(raw.strip());
            default -> numeric(Double.parseDouble(raw));
        };
        cells.put(column, value);
    }

    private CellValue numeric(double number) {
        return values.numeric(number, formats.formatIndex(styleIndex), formats.formatString(styleIndex));
    }
}
