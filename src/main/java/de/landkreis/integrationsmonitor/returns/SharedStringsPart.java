package de.landkreis.integrationsmonitor.returns;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * POI's read-only shared strings of an XLSX workbook (phonetic runs left out), also for Strict Open XML: POI's table
 * only knows the Transitional namespace and would read a Strict workbook's strings as none, so the Strict namespace
 * is handed on as the Transitional one. The elements themselves are the same in both.
 */
final class SharedStringsPart extends ReadOnlySharedStringsTable {

    static final String STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private static final String TRANSITIONAL_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private SharedStringsPart(InputStream in) throws IOException, SAXException {
        super(in, false);
    }

    /** @param part the shared strings part; a workbook without one has no shared strings */
    static SharedStringsPart of(Optional<PackagePart> part) throws IOException, SAXException {
        try (InputStream in = part.isPresent() ? part.get().getInputStream() : InputStream.nullInputStream()) {
            return new SharedStringsPart(in);
        }
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
        super.startElement(transitional(uri), localName, name, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        super.endElement(transitional(uri), localName, name);
    }

    private static String transitional(String uri) {
        return STRICT_MAIN.equals(uri) ? TRANSITIONAL_MAIN : uri;
    }
}
