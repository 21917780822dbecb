package de.landkreis.integrationsmonitor.returns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style of an XLSX workbook, all the reader needs from its styles part: the custom
 * formats ({@code numFmts}) and the format of each cell style ({@code cellXfs}). Read by element names alone, so
 * Strict Open XML, whose namespace POI's {@code StylesTable} refuses, reads like Transitional.
 */
final class CellFormats extends DefaultHandler {

    private static final int GENERAL = 0;

    private final Map<Integer, String> custom = new HashMap<>();
    private final List<Integer> styleFormats = new ArrayList<>();
    private boolean inFormats;
    private boolean inCellStyles;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            // numFmt also occurs in the differential formats of conditional formatting, which no value carries
            case "numFmts" -> inFormats = true;
            case "numFmt" -> {
                if (inFormats) {
                    custom.put(number(attributes.getValue("numFmtId")), attributes.getValue("formatCode"));
                }
            }
            case "cellXfs" -> inCellStyles = true;
            case "xf" -> {
                if (inCellStyles) {
                    styleFormats.add(number(attributes.getValue("numFmtId")));
                }
            }
            default -> {
                // fonts, fills, borders and named styles do not change what a value means
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "numFmts" -> inFormats = false;
            case "cellXfs" -> inCellStyles = false;
            default -> {
                // only the two lists above have an end that matters
            }
        }
    }

    /** The format index of a cell's style ({@code s}); General for a style the workbook does not define. */
    int formatIndex(int style) {
        return style >= 0 && style < styleFormats.size() ? styleFormats.get(style) : GENERAL;
    }

    /** The format code of a cell's style; null where neither the workbook nor Excel's built-in list has one. */
    String formatString(int style) {
        int index = formatIndex(style);
        String code = custom.get(index);
        return code != null ? code : BuiltinFormats.getBuiltinFormat(index);
    }

    private static int number(String value) {
        return value == null ? GENERAL : Integer.parseInt(value.strip());
    }
}
