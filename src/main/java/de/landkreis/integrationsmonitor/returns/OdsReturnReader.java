package de.landkreis.integrationsmonitor.returns;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.xml.sax.SAXException;

/**
 * Reads OpenDocument spreadsheets ({@code .ods}, as LibreOffice and OpenOffice save them) exactly like workbooks:
 * one SAX pass over {@code content.xml} ({@link OdsContentHandler}), through POI's zip with the same zip-bomb limits
 * as XLSX and POI's secure XML parser (no DTD, no external entities). Libraries for ODS (SODS, the ODF Toolkit) build
 * the whole document in memory, where a repeated row or column of a hostile file could become millions of cells;
 * streaming the one part that holds the cells keeps memory bounded by the row limit.
 */
final class OdsReturnReader {

    private final HeaderSynonyms synonyms;
    private final ImportLimits limits;

    OdsReturnReader(HeaderSynonyms synonyms, ImportLimits limits) {
        this.synonyms = synonyms;
        this.limits = limits;
    }

    ReadResult.Content read(ZipEntrySource zip, String displayName, boolean macros) {
        try {
            ZipArchiveEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new IOException("No content.xml in the package");
            }
            OdsContentHandler handler = new OdsContentHandler(name -> new SheetRecognizer(synonyms,
                    Location.ofSheet(displayName, name), limits.maxRowsPerSheet(), true));
            try (InputStream in = zip.getInputStream(content)) {
                SecureXml.parse(in, handler);
            }
            return SheetRecognizer.workbookContent(FileFormat.ODS, macros, handler.sheets());
        } catch (IOException | SAXException | IllegalArgumentException e) {
            throw UnreadableFileException.workbook(e);
        }
    }
}
