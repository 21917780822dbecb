package de.landkreis.integrationsmonitor.returns;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads XLSX and XLSM workbooks with POI's streaming event API: one SAX pass per sheet, shared strings read-only,
 * so memory does not grow with the size of a sheet. Hidden sheets are read like the others.
 */
final class XlsxReturnReader {

    private final HeaderSynonyms synonyms;
    private final ImportLimits limits;

    XlsxReturnReader(HeaderSynonyms synonyms, ImportLimits limits) {
        this.synonyms = synonyms;
        this.limits = limits;
    }

    ReadResult.Content read(Path file, String displayName, FileFormat format, boolean macros) {
        OPCPackage pkg = open(file);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            ExcelCellValues values = new ExcelCellValues(usesDate1904(reader));
            List<SheetRecognizer> sheets = new ArrayList<>();
            XSSFReader.SheetIterator parts = reader.getSheetIterator();
            while (parts.hasNext()) {
                try (InputStream part = parts.next()) {
                    SheetRecognizer sheet = new SheetRecognizer(synonyms,
                            Location.ofSheet(displayName, parts.getSheetName()), limits.maxRowsPerSheet(), true);
                    parse(part, new XlsxSheetHandler(strings, styles, values, sheet));
                    sheets.add(sheet);
                }
            }
            return SheetRecognizer.workbookContent(format, macros, sheets);
        } catch (IOException | OpenXML4JException | SAXException | POIXMLException | OpenXML4JRuntimeException
                 | IllegalArgumentException | IndexOutOfBoundsException | DateTimeException e) {
            throw damaged(e);
        } finally {
            // READ access: revert() closes without the attempt to save that close() would log about.
            pkg.revert();
        }
    }

    private static OPCPackage open(Path file) {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | POIXMLException | OpenXML4JRuntimeException e) {
            throw damaged(e);
        }
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No secure XML parser available", e);
        }
    }

    /** Workbooks from old Mac Excel count dates from 1904 ({@code <workbookPr date1904="1"/>}). */
    private static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException {
        boolean[] date1904 = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            parse(workbook, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        date1904[0] = "1".equals(value) || "true".equals(value);
                    }
                }
            });
        }
        return date1904[0];
    }

    /** POI reports a zip bomb as a plain IOException; only its message tells it from a damaged file. */
    static UnreadableFileException damaged(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("would exceed"))) {
                return new UnreadableFileException(ReadFailure.TOO_LARGE, ReadDetail.of("read.detail.zipBomb"), e);
            }
        }
        return new UnreadableFileException(ReadFailure.DAMAGED, ReadDetail.of("read.detail.damagedWorkbook"), e);
    }
}
