package de.landkreis.integrationsmonitor.returns;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** One SAX pass with POI's secure parser (no DTD, no external entities), for every XML part the readers look at. */
final class SecureXml {

    private SecureXml() {
    }

    static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No secure XML parser available", e);
        }
    }
}
