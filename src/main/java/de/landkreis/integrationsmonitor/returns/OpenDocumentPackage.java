package de.landkreis.integrationsmonitor.returns;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What an OpenDocument package says about itself: its media type from the {@code mimetype} entry or, where a program
 * left that entry out, from the manifest's entry for the package root (RETURNS.md §2); whether it was saved with a
 * password (its manifest holds encryption data); whether it carries macros (Basic or script libraries, rule D05).
 *
 * @param mediaType e.g. {@value #SPREADSHEET}
 */
record OpenDocumentPackage(String mediaType, boolean encrypted, boolean macros) {

    static final String SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String SPREADSHEET_TEMPLATE = SPREADSHEET + "-template";
    private static final String MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

    /** @return empty where the zip is no OpenDocument package (neither a mimetype nor a manifest names its type) */
    static Optional<OpenDocumentPackage> of(ZipEntrySource zip) throws IOException, SAXException {
        String mediaType = null;
        ZipArchiveEntry mimetype = zip.getEntry("mimetype");
        if (mimetype != null) {
            try (InputStream in = zip.getInputStream(mimetype)) {
                mediaType = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
            }
        }
        Manifest manifest = new Manifest();
        ZipArchiveEntry manifestEntry = zip.getEntry("META-INF/manifest.xml");
        if (manifestEntry != null) {
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                SecureXml.parse(in, manifest);
            }
        }
        if (mediaType == null || mediaType.isEmpty()) {
            mediaType = manifest.rootMediaType;
        }
        if (mediaType == null) {
            return Optional.empty();
        }
        boolean macros = Collections.list(zip.getEntries()).stream()
                .filter(entry -> !entry.isDirectory())
                .map(ZipArchiveEntry::getName)
                .anyMatch(OpenDocumentPackage::isMacroModule);
        return Optional.of(new OpenDocumentPackage(mediaType, manifest.encrypted, macros));
    }

    boolean spreadsheet() {
        return mediaType.equals(SPREADSHEET) || mediaType.equals(SPREADSHEET_TEMPLATE);
    }

    /** Basic modules and dialogs live under {@code Basic/}, other scripts under {@code Scripts/}; the library lists do not count. */
    private static boolean isMacroModule(String name) {
        return name.startsWith("Scripts/")
                || name.startsWith("Basic/") && !name.endsWith("-lc.xml") && !name.endsWith("-lb.xml");
    }

    private static final class Manifest extends DefaultHandler {

        private String rootMediaType;
        private boolean encrypted;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!MANIFEST_NS.equals(uri)) {
                return;
            }
            if ("file-entry".equals(localName) && "/".equals(attributes.getValue(MANIFEST_NS, "full-path"))) {
                rootMediaType = attributes.getValue(MANIFEST_NS, "media-type");
            } else if ("encryption-data".equals(localName)) {
                encrypted = true;
            }
        }
    }
}
